package io.returnrouter.core.batch;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.plan.RoutePlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes the per-parcel cost breakdown of a fully assigned plan. */
public final class CostBreakdowns {

    private CostBreakdowns() {
    }

    public static List<ParcelCostBreakdown> of(RoutePlan plan) {
        Map<Hub, List<Parcel>> byHub = new LinkedHashMap<>();
        Map<Departure, List<Parcel>> byDeparture = new LinkedHashMap<>();
        for (Parcel parcel : plan.getParcels()) {
            if (parcel.getHub() != null) {
                byHub.computeIfAbsent(parcel.getHub(), h -> new ArrayList<>()).add(parcel);
            }
            if (parcel.getDeparture() != null) {
                byDeparture.computeIfAbsent(parcel.getDeparture(), d -> new ArrayList<>()).add(parcel);
            }
        }
        Map<Parcel, Long> fixedShare = new HashMap<>();
        byHub.forEach((hub, parcels) -> allocate(hub.fixedCostCentsPerPeriod(), parcels, false, fixedShare));
        Map<Parcel, Long> linehaulShare = new HashMap<>();
        Map<Parcel, Long> customsShare = new HashMap<>();
        byDeparture.forEach((departure, parcels) -> {
            long volume = parcels.stream().mapToLong(Parcel::getVolumeCm3).sum();
            allocate(departure.linehaulCostCents(volume), parcels, true, linehaulShare);
            if (departure.hub().outsideCustomsUnion()) {
                allocate(departure.hub().customsClearanceCentsPerShipment(), parcels, false, customsShare);
            }
        });
        List<ParcelCostBreakdown> result = new ArrayList<>(plan.getParcels().size());
        for (Parcel parcel : plan.getParcels()) {
            RouteOption option = parcel.getOption();
            if (option == null) {
                continue;
            }
            result.add(new ParcelCostBreakdown(parcel.getId(), parcel.getReturnId(), option.describe(),
                    option.costs().transportCents(), option.costs().handlingCents(),
                    fixedShare.getOrDefault(parcel, 0L), linehaulShare.getOrDefault(parcel, 0L),
                    option.costs().customsPerParcelCents() + customsShare.getOrDefault(parcel, 0L),
                    option.costs().delayCents(), option.costs().co2Cents(), option.costs().detourCents(),
                    option.daysToWarehouse()));
        }
        return result;
    }

    private static void allocate(long cents, List<Parcel> parcels, boolean byVolume, Map<Parcel, Long> shares) {
        List<Long> weights = parcels.stream().map(p -> byVolume ? p.getVolumeCm3() : 1L).toList();
        long[] parts = CostAllocation.split(cents, weights);
        for (int k = 0; k < parcels.size(); k++) {
            shares.merge(parcels.get(k), parts[k], Long::sum);
        }
    }
}
