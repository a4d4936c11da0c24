package io.returnrouter.core.rules;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Outcome;

import java.time.LocalDate;
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
