package io.returnrouter.core.kpi;

import io.returnrouter.core.batch.ParcelCostBreakdown;
import io.returnrouter.core.model.Checks;

/**
 * A plan's cost split by component, in euro cents: the sums of the parcels' cost breakdowns, so
 * {@link #totalCents()} equals the plan's cost as the score counts it. Delay, CO2 and detour are
 * the scenario's prices on what is not paid to a carrier; {@link #cashCents()} leaves them out.
 */
public record CostComponents(long transportCents, long handlingCents, long hubFixedCents, long linehaulCents,
                             long customsCents, long delayCents, long co2Cents, long detourCents) {

    public static final CostComponents ZERO = new CostComponents(0, 0, 0, 0, 0, 0, 0, 0);

    public CostComponents {
        Checks.requireNonNegative(transportCents, "transportCents");
        Checks.requireNonNegative(handlingCents, "handlingCents");
        Checks.requireNonNegative(hubFixedCents, "hubFixedCents");
        Checks.requireNonNegative(linehaulCents, "linehaulCents");
        Checks.requireNonNegative(customsCents, "customsCents");
        Checks.requireNonNegative(delayCents, "delayCents");
        Checks.requireNonNegative(co2Cents, "co2Cents");
        Checks.requireNonNegative(detourCents, "detourCents");
    }

    public static CostComponents of(ParcelCostBreakdown b) {
        return new CostComponents(b.transportCents(), b.handlingCents(), b.hubFixedShareCents(),
                b.linehaulShareCents(), b.customsCents(), b.delayCents(), b.co2Cents(), b.detourCents());
    }

    public CostComponents plus(CostComponents o) {
        return new CostComponents(transportCents + o.transportCents, handlingCents + o.handlingCents,
                hubFixedCents + o.hubFixedCents, linehaulCents + o.linehaulCents, customsCents + o.customsCents,
                delayCents + o.delayCents, co2Cents + o.co2Cents, detourCents + o.detourCents);
    }

    /** Everything, as the score counts it. */
    public long totalCents() {
        return cashCents() + delayCents + co2Cents + detourCents;
    }

    /** What is paid: transport, handling, hub fixed costs, linehaul vehicles and customs. */
    public long cashCents() {
        return transportCents + handlingCents + hubFixedCents + linehaulCents + customsCents;
    }
}
