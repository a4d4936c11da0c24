package io.returnrouter.core.rules;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.money.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/**
 * The legal and commercial rules of one market. Supplied by market modules; the core only reads
 * them through this interface.
 */
public interface MarketRules {

    String countryCode();

    /** The shop's return window in days after delivery. */
    int returnWindowDays();

    /** The statutory minimum window; a shop's window below it is raised to it. */
    int legalMinimumWindowDays();

    default int effectiveReturnWindowDays() {
        return Math.max(returnWindowDays(), legalMinimumWindowDays());
    }

    boolean allowsMode(FirstMileMode mode);

    boolean isReturnable(String category);

    /** The law the return window rests on, named in rejections; markets that know it override this. */
    default String withdrawalLegalBasis() {
        return "the shop's return policy in " + countryCode();
    }

    /**
     * The legal guarantee for non-conforming goods; markets that do not say have none, and their
     * faulty goods follow the withdrawal rules.
     */
    default Optional<LegalGuarantee> legalGuarantee() {
        return Optional.empty();
    }

    /**
     * Whether a non-returnable category is exempt only once its seal is broken after delivery
     * (sealed health and hygiene goods): a sealed item of it is returnable.
     */
    default boolean exemptOnlyWhenUnsealed(String category) {
        return false;
    }

    /**
     * The currency customer fees are set in; the cents below are its minor units. Markets whose fees
     * are not in euros say so.
     */
    default Currency feeCurrency() {
        return Money.EUR;
    }

    /** What the customer pays for a mode (informational: it is not a cost of the plan). */
    long customerFeeCents(FirstMileMode mode);

    /**
     * What the customer pays for a mode given the outcome they want: shops often waive the fee for
     * exchanges. Markets that know their policy override this; by default the outcome does not matter.
     */
    default long customerFeeCents(FirstMileMode mode, Outcome outcome) {
        return customerFeeCents(mode);
    }

    /** Days until the goods must reach the warehouse so that the refund deadline holds. */
    int maxDaysToWarehouse();

    /** Days the warehouse needs between the goods' arrival and the refund or the exchange's dispatch. */
    default int inspectionDays() {
        return 1;
    }

    CustomsStatus customsStatus();

    /** Clearance cost when a parcel crosses the customs border on its own. */
    long customsCostPerParcelCents();

    /**
     * Countries whose customers may return goods under this market's rules. By default only the
     * market's own: a customer abroad is not a domestic return of this market.
     */
    default Set<String> customerCountries() {
        return Set.of(countryCode());
    }

    /**
     * The first day after the request on which carriers collect from a customer's home. Markets
     * that know their Sundays and public holidays override this; the default is the next day.
     */
    default LocalDate firstPickupDayAfter(LocalDate requestedOn) {
        return requestedOn.plusDays(1);
    }
}
