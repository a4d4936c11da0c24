package io.returnrouter.core.solver;

import static io.returnrouter.core.solver.ConstraintNames.*;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.Parcel;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The rules of a return plan. Hard: what must hold. Soft: the plan's cost in euro cents; the
 * scenario's weights (delay per day, CO2 price, detour price) are already applied to the option
 * prices, so every soft match weight is money.
 */
public final class ReturnRoutingConstraints implements ConstraintProvider {

    private static final HardSoftLongScore HARD = HardSoftLongScore.ONE_HARD;
    private static final HardSoftLongScore CENT = HardSoftLongScore.ONE_SOFT;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                hubParcelCapacity(factory),
                hubVolumeCapacity(factory),
                pickupSlots(factory),
                dropOffPointCapacity(factory),
                serviceLimits(factory),
                modeAllowed(factory),
                daysToWarehouse(factory),
                transportCost(factory),
                hubHandling(factory),
                hubFixedCost(factory),
                linehaul(factory),
                customsPerParcel(factory),
                customsPerShipment(factory),
                delay(factory),
                co2(factory),
                customerDetour(factory)
        };
    }

    // ---- hard ----

    Constraint hubParcelCapacity(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getHub() != null)
                .groupBy(Parcel::getHub, count())
                .filter((hub, parcels) -> parcels > hub.capacityParcels())
                .penalizeLong(HARD, (hub, parcels) -> parcels - hub.capacityParcels())
                .justifyWith((hub, parcels, score) -> new BindingPlace("hub " + hub.name(), null,
                        parcels - hub.capacityParcels()))
                .asConstraint(HUB_PARCEL_CAPACITY);
    }

    Constraint hubVolumeCapacity(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getHub() != null)
                .groupBy(Parcel::getHub, sumLong(Parcel::getVolumeCm3))
                .filter((hub, volume) -> volume > hub.capacityVolumeCm3())
                .penalizeLong(HARD, (hub, volume) -> volume - hub.capacityVolumeCm3())
                .justifyWith((hub, volume, score) -> new BindingPlace("hub " + hub.name(), null,
                        volume - hub.capacityVolumeCm3()))
                .asConstraint(HUB_VOLUME_CAPACITY);
    }

    Constraint pickupSlots(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getOption().firstMile().pickupSlot() != null)
                .groupBy(p -> p.getOption().firstMile().pickupSlot(), count())
                .filter((slot, parcels) -> parcels > slot.capacity())
                .penalizeLong(HARD, (slot, parcels) -> parcels - slot.capacity())
                .justifyWith((slot, parcels, score) -> new BindingPlace(slot.service().id() + " pickups in region "
                        + slot.region(), slot.date(), parcels - slot.capacity()))
                .asConstraint(PICKUP_SLOTS);
    }

    Constraint dropOffPointCapacity(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getOption().firstMile().dropOffPoint() != null)
                .groupBy(p -> p.getOption().firstMile().dropOffPoint(), p -> p.getOption().handInOn(), count())
                .filter((point, day, parcels) -> parcels > point.dailyCapacity())
                .penalizeLong(HARD, (point, day, parcels) -> parcels - point.dailyCapacity())
                .justifyWith((point, day, parcels, score) -> new BindingPlace("drop-off point " + point.id(), day,
                        parcels - point.dailyCapacity()))
                .asConstraint(DROP_OFF_POINT_CAPACITY);
    }

    Constraint serviceLimits(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> !p.getOption().firstMile().accepts(p.getSpec()))
                .penalizeLong(HARD, p -> 1L)
                .justifyWith((p, score) -> new BindingPlace("parcel " + p.getId(), null, 1L))
                .asConstraint(SERVICE_LIMITS);
    }

    Constraint modeAllowed(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> !p.getMarketRules().allowsMode(p.getOption().mode()))
                .penalizeLong(HARD, p -> 1L)
                .justifyWith((p, score) -> new BindingPlace("parcel " + p.getId(), null, 1L))
                .asConstraint(MODE_ALLOWED);
    }

    Constraint daysToWarehouse(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getOption().daysToWarehouse() > p.getMarketRules().maxDaysToWarehouse())
                .penalizeLong(HARD, p -> p.getOption().daysToWarehouse() - p.getMarketRules().maxDaysToWarehouse())
                .justifyWith((p, score) -> new BindingPlace("parcel " + p.getId(), null,
                        p.getOption().daysToWarehouse() - p.getMarketRules().maxDaysToWarehouse()))
                .asConstraint(DAYS_TO_WAREHOUSE);
    }

    // ---- soft: euro cents ----

    Constraint transportCost(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getOption().costs().transportCents() > 0)
                .penalizeLong(CENT, p -> p.getOption().costs().transportCents())
                .asConstraint(TRANSPORT_COST);
    }

    Constraint hubHandling(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getOption().costs().handlingCents() > 0)
                .penalizeLong(CENT, p -> p.getOption().costs().handlingCents())
                .asConstraint(HUB_HANDLING);
    }

    Constraint hubFixedCost(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getHub() != null && p.getHub().hasFixedCost())
                .groupBy(Parcel::getHub)
                .penalizeLong(CENT, Hub::fixedCostCentsPerPeriod)
                .asConstraint(HUB_FIXED_COST);
    }

    Constraint linehaul(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getDeparture() != null)
                .groupBy(Parcel::getDeparture, sumLong(Parcel::getVolumeCm3))
                .filter((departure, volume) -> departure.linehaul().vehicleCostCents() > 0)
                .penalizeLong(CENT, Departure::linehaulCostCents)
                .asConstraint(LINEHAUL);
    }

    Constraint customsPerParcel(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getOption().costs().customsPerParcelCents() > 0)
                .penalizeLong(CENT, p -> p.getOption().costs().customsPerParcelCents())
                .asConstraint(CUSTOMS_PER_PARCEL);
    }

    Constraint customsPerShipment(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getDeparture() != null && p.getDeparture().hub().outsideCustomsUnion())
                .groupBy(Parcel::getDeparture)
                .filter(departure -> departure.hub().customsClearanceCentsPerShipment() > 0)
                .penalizeLong(CENT, departure -> departure.hub().customsClearanceCentsPerShipment())
                .asConstraint(CUSTOMS_PER_SHIPMENT);
    }

    Constraint delay(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getOption().costs().delayCents() > 0)
                .penalizeLong(CENT, p -> p.getOption().costs().delayCents())
                .asConstraint(DELAY);
    }

    Constraint co2(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getOption().costs().co2Cents() > 0)
                .penalizeLong(CENT, p -> p.getOption().costs().co2Cents())
                .asConstraint(CO2);
    }

    Constraint customerDetour(ConstraintFactory factory) {
        return factory.forEach(Parcel.class)
                .filter(p -> p.getOption().costs().detourCents() > 0)
                .penalizeLong(CENT, p -> p.getOption().costs().detourCents())
                .asConstraint(CUSTOMER_DETOUR);
    }
}
