package io.returnrouter.core.solver.moves;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.pricing.LoadView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Improves a recreated assignment by pairwise exchanges: two parcels at different hubs trade
 * hubs when that lowers their own costs and both hubs keep their capacity. Regret insertion
 * places one parcel at a time and never revisits a placement; once every parcel is placed, a
 * parcel that took the last room of a hub may fit a sibling's hub better. Each parcel keeps its
 * first mile, so drop-off points and pickup slots keep their loads.
 */
final class ExchangeImprovement {

    /** Passes over all pairs; each pass is quadratic in the parcels, and later passes find little. */
    private static final int MAX_PASSES = 3;

    private ExchangeImprovement() {
    }

    /**
     * Improves {@code options} (one per parcel, changed in place).
     *
     * @param loads the loads with every parcel on its option in {@code options}
     */
    static void improve(List<Parcel> parcels, List<RouteOption> options, LoadView loads) {
        Map<Hub, Long> volumeChange = new HashMap<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            for (int a = 0; a < parcels.size(); a++) {
                for (int b = a + 1; b < parcels.size(); b++) {
                    improved |= tryExchange(parcels, options, a, b, loads, volumeChange);
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    private static boolean tryExchange(List<Parcel> parcels, List<RouteOption> options, int a, int b,
                                       LoadView loads, Map<Hub, Long> volumeChange) {
        RouteOption oa = options.get(a);
        RouteOption ob = options.get(b);
        Hub ha = oa.hub();
        Hub hb = ob.hub();
        if (ha == null || hb == null || ha.equals(hb)) {
            return false;
        }
        Parcel pa = parcels.get(a);
        Parcel pb = parcels.get(b);
        RouteOption na = pa.optionVia(hb, oa.firstMile());
        RouteOption nb = pb.optionVia(ha, ob.firstMile());
        if (na == null || nb == null || !na.firstMile().equals(oa.firstMile())
                || !nb.firstMile().equals(ob.firstMile())) {
            return false;
        }
        long saving = oa.costs().totalCents() + ob.costs().totalCents()
                - na.costs().totalCents() - nb.costs().totalCents();
        long shift = pb.getVolumeCm3() - pa.getVolumeCm3();
        if (saving <= 0 || !fits(oa, shift, loads, volumeChange) || !fits(ob, -shift, loads, volumeChange)) {
            return false;
        }
        options.set(a, na);
        options.set(b, nb);
        volumeChange.merge(ha, shift, Long::sum);
        volumeChange.merge(hb, -shift, Long::sum);
        return true;
    }

    /** Whether the hub of {@code current} takes the added volume, in the bucket {@code current} books. */
    private static boolean fits(RouteOption current, long addedVolume, LoadView loads, Map<Hub, Long> volumeChange) {
        Hub hub = current.hub();
        return loads.volumeCm3(CapacityClaims.hub(current, loads.hubPeriod())) + volumeChange.getOrDefault(hub, 0L)
                + addedVolume <= hub.capacityVolumeCm3();
    }
}
