package io.returnrouter.core.plan;

import io.returnrouter.core.co2.Co2eLegs;
import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;

import org.optaplanner.core.api.domain.lookup.PlanningId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One eligible way for one parcel to reach the warehouse: the planning value. Options belong to
 * their parcel (their prices depend on its size, weight and location), so each parcel has its own
 * value range. Identity is the object: two parcels never share an option.
 */
public final class RouteOption {

    @PlanningId
    private final String id;
    private final FirstMile firstMile;
    private final Destination destination;
    private final OptionCosts costs;
    private final int daysToWarehouse;
    private final long co2Grams;
    private final Co2eLegs co2e;
    private final long detourMeters;
    private final LocalDate handInOn;
    // Flattened for the constraint streams, which read them millions of times per second.
    private final Hub hub;
    private final Departure departure;

    /**
     * An option whose CO2e is known only as a total (benchmarks, abstract legs).
     *
     * @param handInOn the day the parcel leaves the customer (pickup day, or the day it is handed in
     *                 at a point or store); null for an abstract benchmark leg
     */
    public RouteOption(String id, FirstMile firstMile, Destination destination, OptionCosts costs,
                       int daysToWarehouse, long co2Grams, long detourMeters, LocalDate handInOn) {
        this(id, firstMile, destination, costs, daysToWarehouse, Co2eLegs.total(co2Grams), detourMeters, handInOn);
    }

    /**
     * @param handInOn the day the parcel leaves the customer (pickup day, or the day it is handed in
     *                 at a point or store); null for an abstract benchmark leg
     */
    public RouteOption(String id, FirstMile firstMile, Destination destination, OptionCosts costs,
                       int daysToWarehouse, Co2eLegs co2e, long detourMeters, LocalDate handInOn) {
        this.id = Checks.requireText(id, "id");
        this.firstMile = Objects.requireNonNull(firstMile, "firstMile");
        this.destination = Objects.requireNonNull(destination, "destination");
        this.costs = Objects.requireNonNull(costs, "costs");
        this.daysToWarehouse = (int) Checks.requireNonNegative(daysToWarehouse, "daysToWarehouse");
        this.co2e = Objects.requireNonNull(co2e, "co2e");
        this.co2Grams = co2e.totalGrams();
        this.detourMeters = Checks.requireNonNegative(detourMeters, "detourMeters");
        this.handInOn = handInOn;
        this.hub = destination.hub();
        this.departure = destination.departure();
    }

    public String id() {
        return id;
    }

    public FirstMile firstMile() {
        return firstMile;
    }

    public FirstMileMode mode() {
        return firstMile.mode();
    }

    public Destination destination() {
        return destination;
    }

    public OptionCosts costs() {
        return costs;
    }

    public int daysToWarehouse() {
        return daysToWarehouse;
    }

    public long co2Grams() {
        return co2Grams;
    }

    /** Well-to-wheel CO2e by leg; {@link #co2Grams()} is their sum. */
    public Co2eLegs co2e() {
        return co2e;
    }

    public long detourMeters() {
        return detourMeters;
    }

    /** The day the parcel leaves the customer's hands; null for an abstract benchmark leg. */
    public LocalDate handInOn() {
        return handInOn;
    }

    /** Null when the option goes directly to the warehouse. */
    public Hub hub() {
        return hub;
    }

    /** Null when the option uses no linehaul. */
    public Departure departure() {
        return departure;
    }

    public String describe() {
        return firstMile.describe() + ", " + destination.describe();
    }

    @Override
    public String toString() {
        return id;
    }
}
