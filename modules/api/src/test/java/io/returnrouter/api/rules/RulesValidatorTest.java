package io.returnrouter.api.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.api.problem.Problem.FieldError;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.core.model.FirstMileMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static RulesChangeDto change(Integer window, List<String> modes, List<String> categories,
                                         Map<String, Long> fees, Integer refundDays, Integer inspectionDays,
                                         Integer maxDays, LocalDate from) {
        return new RulesChangeDto(from, window, modes, categories, fees, null, null, refundDays, inspectionDays, maxDays);
    }

    private static List<FieldError> errors(RulesChangeDto change) {
        try {
            RulesValidator.validate(Markets.NL, Markets.POLICY, change, TODAY);
        } catch (UnprocessableException e) {
            return e.errors();
        }
        throw new AssertionError("expected the change to be refused");
    }

    @Test
    void aWindowBelowTheStatutoryPeriodNamesTheFieldAndTheFloor() {
        assertThat(errors(change(7, null, null, null, null, null, null, null))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("returnWindowDays");
            assertThat(e.message()).contains("7 is below the legal floor of 14 days").contains("Directive 2011/83/EU");
        });
    }

    @Test
    void theFloorItselfAndOmittedFieldsAreAccepted() {
        var valid = RulesValidator.validate(Markets.NL, Markets.POLICY,
                change(14, null, null, Map.of("HOME_PICKUP", 0L), null, null, null, TODAY.plusDays(10)), TODAY);

        assertThat(valid.policy().returnWindowDays()).isEqualTo(14);
        assertThat(valid.policy().customerFeeCents(FirstMileMode.HOME_PICKUP, false)).isZero();
        assertThat(valid.policy().allowedModes()).isEqualTo(Markets.POLICY.allowedModes());
        assertThat(valid.policy().refundDays()).isEqualTo(14);
        assertThat(valid.effectiveFrom()).isEqualTo(TODAY.plusDays(10));
        assertThat(RulesValidator.validate(Markets.NL, Markets.POLICY,
                change(60, null, null, null, null, null, null, null), TODAY).effectiveFrom()).isEqualTo(TODAY);
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        assertThat(errors(change(30, null, null, null, 14, null, null, TODAY.plusDays(3))))
                .extracting(FieldError::field).containsExactly("rules");
    }

    @Test
    void aRefundLaterThanTheLawAllowsAndADeadlineBeyondItAreRefused() {
        assertThat(errors(change(null, null, null, null, 30, null, null, null)))
                .extracting(FieldError::field).containsExactly("refundDays");
        assertThat(errors(change(null, null, null, null, null, null, 20, null))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("maxDaysToWarehouse");
            assertThat(e.message()).contains("allows at most 12 days");
        });
        assertThat(errors(change(null, null, null, null, 14, 14, null, null)))
                .extracting(FieldError::field).containsExactly("inspectionDays");
    }

    @Test
    void unknownModesAndCategoriesNegativeFeesAndNonExemptCategoriesAreNamed() {
        List<FieldError> errors = errors(change(null, List.of("TELEPORT"), List.of("FASHION", "GADGETS"),
                Map.of("STORE", -1L, "DRONE", 100L), null, null, null, null));

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("allowedModes",
                "nonReturnableCategories", "nonReturnableCategories", "customerFeeCents.STORE",
                "customerFeeCents.DRONE");
        assertThat(errors).anySatisfy(e -> assertThat(e.message()).contains("'FASHION' cannot be excluded"));
    }

    @Test
    void thePastCannotBeChangedAndBulkyGoodsNeedHomePickup() {
        assertThat(errors(change(null, null, null, null, null, null, null, TODAY.minusDays(1))))
                .extracting(FieldError::field).containsExactly("effectiveFrom");
        assertThat(errors(change(null, List.of("DROP_OFF_POINT"), null, null, null, null, null, null)))
                .extracting(FieldError::field).containsExactly("bulkyPickupOnly");
    }

    @Test
    void policyJsonRoundTrips() {
        assertThat(PolicyJson.fromJson(PolicyJson.toJson(Markets.POLICY).toString())).isEqualTo(Markets.POLICY);
        assertThatThrownBy(() -> PolicyJson.fromJson("{}")).isInstanceOf(RuntimeException.class);
    }
}
