package io.returnrouter.api.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.api.problem.Problem.FieldError;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.money.ExchangeRates;
import java.math.BigDecimal;
import java.util.Currency;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static RulesChangeDto change(Integer window, List<String> modes, List<String> categories,
                                         Map<String, Long> fees, Integer refundDays, Integer inspectionDays,
                                         Integer maxDays, LocalDate from) {
        return new RulesChangeDto(from, window, modes, categories, fees, null, null, refundDays, inspectionDays, maxDays,
                null, null);
    }

    private static final ExchangeRates RATES = new ExchangeRates(TODAY, "test",
            Map.of(Currency.getInstance("SEK"), new BigDecimal("11.5")));

    private static RulesValidator.Valid validate(RulesChangeDto change) {
        return RulesValidator.validate(Markets.NL, Markets.POLICY, change, TODAY, RATES);
    }

    private static List<FieldError> errors(RulesChangeDto change) {
        try {
            validate(change);
        } catch (UnprocessableException e) {
            return e.errors();
        }
        throw new AssertionError("expected the change to be refused");
    }

    @Test
    void aWindowBelowTheStatutoryPeriodNamesTheFieldAndTheFloor() {
        assertThat(errors(change(7, null, null, null, null, null, null, null))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("returnWindowDays");
            assertThat(e.message()).contains("7 is below the statutory 14-day withdrawal period in NL").contains("Directive 2011/83/EU");
        });
    }

    @Test
    void theFloorItselfAndOmittedFieldsAreAccepted() {
        var valid = validate(change(14, null, null, Map.of("HOME_PICKUP", 0L), null, null, null, TODAY.plusDays(10)));

        assertThat(valid.policy().returnWindowDays()).isEqualTo(14);
        assertThat(valid.policy().customerFeeCents(FirstMileMode.HOME_PICKUP, false)).isZero();
        assertThat(valid.policy().allowedModes()).isEqualTo(Markets.POLICY.allowedModes());
        assertThat(valid.policy().refundDays()).isEqualTo(14);
        assertThat(valid.effectiveFrom()).isEqualTo(TODAY.plusDays(10));
        assertThat(validate(change(60, null, null, null, null, null, null, null)).effectiveFrom()).isEqualTo(TODAY);
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
        assertThat(errors).anySatisfy(e -> assertThat(e.message()).contains("'FASHION' is not a statutory exemption in NL"));
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
        assertThat(PolicyJson.fromJson(PolicyJson.toJson(Markets.POLICY).toString(), Markets.NL))
                .isEqualTo(Markets.POLICY);
        assertThatThrownBy(() -> PolicyJson.fromJson("{}", Markets.NL)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void theGuaranteeMayBeLengthenedButNotShortenedNamingItsLegalBasis() {
        RulesChangeDto longer = new RulesChangeDto(null, null, null, null, null, null, null, null, null, null, 36, null);
        RulesChangeDto shorter = new RulesChangeDto(null, null, null, null, null, null, null, null, null, null, 12, null);

        assertThat(validate(longer).policy().guaranteeMonths()).isEqualTo(36);
        assertThat(errors(shorter)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("guaranteeMonths");
            assertThat(e.message()).contains("12 is below the legal guarantee of 24 months in NL")
                    .contains("Directive (EU) 2019/771");
        });
    }

    @Test
    void feesMayBeSetInAKnownCurrencyAndAnUnknownOneIsNamed() {
        RulesChangeDto sek = new RulesChangeDto(null, null, null, null, null, null, null, null, null, null, null, "SEK");
        RulesChangeDto unknown = new RulesChangeDto(null, null, null, null, null, null, null, null, null, null, null,
                "XYZ");

        assertThat(validate(sek).policy().feeCurrency()).isEqualTo(Currency.getInstance("SEK"));
        assertThat(errors(unknown)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("customerFeeCurrency");
            assertThat(e.message()).contains("'XYZ' is not an ISO 4217 code with a configured exchange rate");
        });
    }
}
