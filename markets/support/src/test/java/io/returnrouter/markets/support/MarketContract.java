package io.returnrouter.markets.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.spi.MarketModule;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * What every market module's test proves: the module is found by the ServiceLoader, its facts are
 * those of its law (stated independently by the subclass, not read back from the data file), a
 * policy below the legal floor is refused with a message, the statutory exemptions hold, and no
 * pickup falls on a Sunday or public holiday.
 */
public abstract class MarketContract {

    /** The Art. 16 CRD exemptions (and national equivalents) in the request vocabulary of the API. */
    protected static final Set<String> STATUTORY_EXEMPTIONS = Set.of("BEAUTY_HYGIENE", "CUSTOM_MADE", "FOOD");

    /** What the law of the market says, as the subclass knows it. */
    public record Law(String countryCode, String currency, WithdrawalClock clock, int withdrawalDays,
                         int refundDays, CustomsStatus customs, String legalBasisMentions, LocalDate publicHoliday) {
    }

    protected abstract DataMarketModule module();

    protected abstract Law law();

    /** Months the market's law lets a consumer claim for non-conforming goods, as the subclass knows it. */
    protected abstract int legalGuaranteeMonths();

    @Test
    void nonConformingGoodsFollowTheLegalGuaranteeWhichAShopMayLengthenButNotShorten() {
        ShopPolicy defaults = module().definition().defaultPolicy();
        int months = legalGuaranteeMonths();
        assertThat(module().defaultRules().legalGuarantee()).hasValueSatisfying(g -> {
            assertThat(g.months()).isEqualTo(months);
            assertThat(g.legalBasis()).isNotBlank();
        });
        assertThatThrownBy(() -> module().rulesFor(defaults.withGuaranteeMonths(months - 1)))
                .isInstanceOf(PolicyBelowFloorException.class)
                .hasMessageContaining("guaranteeMonths " + (months - 1) + " is below the legal guarantee of " + months);
        assertThat(module().rulesFor(defaults.withGuaranteeMonths(months + 12)).legalGuarantee())
                .hasValueSatisfying(g -> assertThat(g.months()).isEqualTo(months + 12));
    }

    @Test
    void hygieneGoodsAreExemptOnlyOnceUnsealed() {
        MarketRules rules = module().defaultRules();
        assertThat(rules.exemptOnlyWhenUnsealed("BEAUTY_HYGIENE")).isTrue();
        assertThat(rules.exemptOnlyWhenUnsealed("FOOD")).isFalse();
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(MarketModule.class).stream().map(ServiceLoader.Provider::get)
                .map(MarketModule::countryCode)).contains(law().countryCode());
    }

    @Test
    void carriesTheFactsOfItsLaw() {
        MarketDefinition market = module().definition();
        assertThat(market.countryCode()).isEqualTo(law().countryCode());
        assertThat(market.currency().getCurrencyCode()).isEqualTo(law().currency());
        assertThat(market.floor().clock()).isEqualTo(law().clock());
        assertThat(market.floor().withdrawalDays()).isEqualTo(law().withdrawalDays());
        assertThat(market.floor().refundDays()).isEqualTo(law().refundDays());
        assertThat(market.floor().legalBasis()).contains(law().legalBasisMentions());
        assertThat(market.customsStatus()).isEqualTo(law().customs());
        assertThat(market.customsCentsPerParcel() > 0).isEqualTo(law().customs() == CustomsStatus.OUTSIDE_EU_CUSTOMS_UNION);
        assertThat(module().languages()).isNotEmpty();
        assertThat(module().keyFacts()).anySatisfy(f -> assertThat(f).startsWith("law: "));
    }

    @Test
    void refusesAPolicyOneDayBelowTheLegalFloorAndAcceptsOneAtIt() {
        ShopPolicy defaults = module().definition().defaultPolicy();
        int floor = law().withdrawalDays();
        if (floor == 0) {
            // No statutory right: a shop may offer no returns at all; the policy is purely voluntary.
            assertThat(module().rulesFor(defaults.withReturnWindowDays(0)).effectiveReturnWindowDays()).isZero();
            return;
        }
        assertThatThrownBy(() -> module().rulesFor(defaults.withReturnWindowDays(floor - 1)))
                .isInstanceOf(PolicyBelowFloorException.class)
                .hasMessageContaining("shop policy for " + law().countryCode() + " is below the legal floor")
                .hasMessageContaining("returnWindowDays " + (floor - 1) + " is below the statutory " + floor
                        + "-day withdrawal period")
                .hasMessageContaining(law().legalBasisMentions());
        assertThat(module().rulesFor(defaults.withReturnWindowDays(floor)).effectiveReturnWindowDays()).isEqualTo(floor);
    }

    @Test
    void theDefaultPolicyIsAboveTheFloor() {
        MarketRules rules = module().defaultRules();
        assertThat(rules.returnWindowDays()).isGreaterThanOrEqualTo(law().withdrawalDays());
        assertThat(rules.legalMinimumWindowDays()).isEqualTo(law().withdrawalDays());
        assertThat(rules.maxDaysToWarehouse()).isPositive().isLessThan(module().definition().defaultPolicy().refundDays());
    }

    @Test
    void statutoryExemptionsAreNotReturnableAndNoOtherCategoryMayBeExcluded() {
        MarketRules rules = module().defaultRules();
        STATUTORY_EXEMPTIONS.forEach(category -> assertThat(rules.isReturnable(category)).as(category).isFalse());
        assertThat(rules.isReturnable("FASHION")).isTrue();
        ShopPolicy excludesFashion = module().definition().defaultPolicy()
                .withNonReturnableCategories(Set.of("FASHION", "FOOD"));
        if (law().clock() == WithdrawalClock.NONE) {
            assertThat(module().rulesFor(excludesFashion).isReturnable("FASHION")).isFalse();
        } else {
            assertThat(module().definition().floor().exemptCategories()).containsExactlyInAnyOrderElementsOf(
                    STATUTORY_EXEMPTIONS);
            assertThatThrownBy(() -> module().rulesFor(excludesFashion))
                    .hasMessageContaining("nonReturnableCategories 'FASHION' is not a statutory exemption");
        }
    }

    @Test
    void homePickupCostsTheCustomerAFeeExceptForExchanges() {
        MarketRules rules = module().defaultRules();
        assertThat(rules.customerFeeCents(FirstMileMode.HOME_PICKUP, Outcome.REFUND)).isPositive();
        assertThat(rules.customerFeeCents(FirstMileMode.HOME_PICKUP, Outcome.EXCHANGE)).isZero();
        assertThat(rules.customerFeeCents(FirstMileMode.DROP_OFF_POINT, Outcome.REFUND)).isZero();
    }

    @Test
    void refusesAPromiseToRefundLaterThanTheLawAllows() {
        if (law().clock() == WithdrawalClock.NONE) {
            return;
        }
        ShopPolicy late = module().definition().defaultPolicy().withRefundDays(law().refundDays() + 1);
        assertThatThrownBy(() -> module().rulesFor(late)).hasMessageContaining(
                "refundDays " + (law().refundDays() + 1) + " exceeds the statutory " + law().refundDays());
    }

    @Test
    void noPickupOnSundaysOrPublicHolidays() {
        MarketRules rules = module().defaultRules();
        LocalDate holiday = law().publicHoliday();
        assertThat(holiday.getDayOfWeek()).as("pick a holiday on a weekday").isNotEqualTo(DayOfWeek.SUNDAY);
        assertThat(rules.firstPickupDayAfter(holiday.minusDays(1))).isAfter(holiday);
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        assertThat(rules.firstPickupDayAfter(saturday)).isEqualTo(saturday.plusDays(2));
        LocalDate ordinaryTuesday = LocalDate.of(2026, 11, 17).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        assertThat(rules.firstPickupDayAfter(ordinaryTuesday.minusDays(1))).isEqualTo(ordinaryTuesday);
    }
}
