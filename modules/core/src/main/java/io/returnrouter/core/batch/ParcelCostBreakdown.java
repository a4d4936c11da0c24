package io.returnrouter.core.batch;

/**
 * What one parcel costs in a plan, in euro cents. The shared charges (hub fixed cost, linehaul
 * vehicles, customs per consolidated shipment) are allocated to the parcels that share them, by
 * volume for vehicles and per parcel otherwise, so that the parcels' totals add up to the plan's
 * cost exactly.
 */
public record ParcelCostBreakdown(String parcelId, String returnId, String route, long transportCents,
                                  long handlingCents, long hubFixedShareCents, long linehaulShareCents,
                                  long customsCents, long delayCents, long co2Cents, long detourCents,
                                  int daysToWarehouse) {

    public long totalCents() {
        return transportCents + handlingCents + hubFixedShareCents + linehaulShareCents + customsCents + delayCents
                + co2Cents + detourCents;
    }
}
