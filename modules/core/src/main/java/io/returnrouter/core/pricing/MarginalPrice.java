package io.returnrouter.core.pricing;

/**
 * What one more parcel on an option adds to the plan's cost, in euro cents: its own per-parcel
 * costs plus its effect on the per-shipment charges given what is already booked.
 *
 * @param hubFixedCents       the hub's fixed cost if this parcel is the first of the period
 * @param linehaulCents       the extra vehicle cost if this parcel needs another vehicle
 * @param customsShipmentCents the clearance of a new consolidated shipment if it opens one
 */
public record MarginalPrice(long perParcelCents, long hubFixedCents, long linehaulCents, long customsShipmentCents) {

    public long totalCents() {
        return perParcelCents + hubFixedCents + linehaulCents + customsShipmentCents;
    }
}
