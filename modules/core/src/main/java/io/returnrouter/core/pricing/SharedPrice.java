package io.returnrouter.core.pricing;

/**
 * What one return costs on an option when it shares the period's per-shipment charges with the
 * expected volume, in euro cents: the price a shop can show. The marginal view
 * ({@link MarginalPrice}) stays what a plan's score changes by.
 *
 * @param hubFixedCents        the hub's fixed cost per period over its expected parcels
 * @param linehaulCents        the expected trucks' cost, by this parcel's share of their volume
 * @param customsShipmentCents one consolidated clearance over the expected parcels of a departure
 */
public record SharedPrice(long perParcelCents, long hubFixedCents, long linehaulCents, long customsShipmentCents) {

    public long totalCents() {
        return perParcelCents + hubFixedCents + linehaulCents + customsShipmentCents;
    }
}
