package io.returnrouter.core.co2;

/**
 * Well-to-wheel CO2e of one option by leg, in grams.
 *
 * @param customerTripGrams the customer's own trip to a drop-off point or store
 * @param firstMileGrams    the carrier's leg to the hub or warehouse
 * @param linehaulGrams     the hub's truck to the warehouse
 */
public record Co2eLegs(long customerTripGrams, long firstMileGrams, long linehaulGrams) {

    public Co2eLegs {
        if (customerTripGrams < 0 || firstMileGrams < 0 || linehaulGrams < 0) {
            throw new IllegalArgumentException("CO2e of a leg must not be negative");
        }
    }

    /** An option whose emissions are known only as a total. */
    public static Co2eLegs total(long grams) {
        return new Co2eLegs(0, grams, 0);
    }

    public long totalGrams() {
        return customerTripGrams + firstMileGrams + linehaulGrams;
    }
}
