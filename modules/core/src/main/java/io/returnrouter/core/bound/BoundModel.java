package io.returnrouter.core.bound;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Linehaul;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.plan.RoutePlan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The production model of one plan, flattened into arrays for the Lagrangian bound: per parcel
 * its volume and cheapest direct option; per hub its fixed cost and capacities; per hub "group"
 * (one linehaul departure of the hub, or the hub itself when it has no linehaul) the shared
 * charges of a used departure and the cheapest option of every parcel that can ride on it.
 *
 * <p>Options that break a rule of their own parcel (service limits, mode not allowed by the
 * market, too many days to the warehouse) are left out, since no feasible plan uses them; a
 * parcel with no option left keeps all of its options, so the bound still covers plans that
 * are feasible apart from that parcel. Capacities of pickup slots and drop-off points are not
 * modelled: dropping a constraint only lowers the bound.
 */
final class BoundModel {

    final int parcelCount;
    final long[] volume;
    /** Cheapest direct (no hub) option per parcel in cents; +infinity when there is none. */
    final double[] directCost;
    /** True when the parcel has at least one option via a hub. */
    final boolean[] hasHubOption;

    final int hubCount;
    /** The hubs, in the index order of the arrays below. */
    final List<Hub> hubs;
    final String[] hubIds;
    final double[] fixedCost;
    final long[] capacityVolume;
    final long[] capacityParcels;
    /** Groups (departures) of each hub. */
    final int[][] groupsOfHub;

    final int groupCount;
    final int[] hubOfGroup;
    /** Customs clearance per shipment of the group's departure (0 without). */
    final double[] customsPerShipment;
    /** Vehicle cost and volume of the group's departure (0 without linehaul). */
    final double[] vehicleCost;
    final long[] vehicleVolume;
    /** Parcels that can use the group, and the cheapest per-parcel cost of doing so. */
    final int[][] groupParcels;
    final double[][] groupCost;

    private BoundModel(int parcelCount, long[] volume, double[] directCost, boolean[] hasHubOption, List<Hub> hubs,
                       int[][] groupsOfHub, int[] hubOfGroup, double[] customs, double[] vehicleCost,
                       long[] vehicleVolume, int[][] groupParcels, double[][] groupCost) {
        this.parcelCount = parcelCount;
        this.volume = volume;
        this.directCost = directCost;
        this.hasHubOption = hasHubOption;
        this.hubCount = hubs.size();
        this.hubs = List.copyOf(hubs);
        this.hubIds = new String[hubCount];
        this.fixedCost = new double[hubCount];
        this.capacityVolume = new long[hubCount];
        this.capacityParcels = new long[hubCount];
        for (int h = 0; h < hubCount; h++) {
            Hub hub = hubs.get(h);
            hubIds[h] = hub.id();
            fixedCost[h] = hub.fixedCostCentsPerPeriod();
            capacityVolume[h] = hub.capacityVolumeCm3();
            capacityParcels[h] = hub.capacityParcels();
        }
        this.groupsOfHub = groupsOfHub;
        this.groupCount = hubOfGroup.length;
        this.hubOfGroup = hubOfGroup;
        this.customsPerShipment = customs;
        this.vehicleCost = vehicleCost;
        this.vehicleVolume = vehicleVolume;
        this.groupParcels = groupParcels;
        this.groupCost = groupCost;
    }

    static BoundModel of(RoutePlan plan) {
        List<Parcel> parcels = plan.getParcels();
        int n = parcels.size();
        long[] volume = new long[n];
        double[] direct = new double[n];
        boolean[] hasHub = new boolean[n];
        Arrays.fill(direct, Double.POSITIVE_INFINITY);
        Map<Hub, Integer> hubIndex = new LinkedHashMap<>();
        for (Hub hub : plan.getHubs()) {
            hubIndex.putIfAbsent(hub, hubIndex.size());
        }
        // group key: the departure, or the hub when it has no linehaul
        Map<Object, Integer> groupIndex = new HashMap<>();
        List<Object> groupKeys = new ArrayList<>();
        // (group, parcel, cheapest cost) entries in primitive arrays: a batch has millions of options
        Entries entries = new Entries();
        for (int j = 0; j < n; j++) {
            Parcel parcel = parcels.get(j);
            volume[j] = parcel.getVolumeCm3();
            int first = entries.size;
            for (RouteOption option : allowed(parcel)) {
                double cost = option.costs().totalCents();
                if (option.hub() == null) {
                    direct[j] = Math.min(direct[j], cost);
                    continue;
                }
                hasHub[j] = true;
                hubIndex.putIfAbsent(option.hub(), hubIndex.size());
                Object key = option.departure() != null ? option.departure() : option.hub();
                Integer g = groupIndex.get(key);
                if (g == null) {
                    g = groupKeys.size();
                    groupIndex.put(key, g);
                    groupKeys.add(key);
                }
                entries.addOrLower(first, g, j, cost);
            }
        }
        List<Hub> hubs = new ArrayList<>(hubIndex.keySet());
        int groups = groupKeys.size();
        int[] hubOfGroup = new int[groups];
        double[] customs = new double[groups];
        double[] vehicleCost = new double[groups];
        long[] vehicleVolume = new long[groups];
        List<List<Integer>> byHub = new ArrayList<>();
        hubs.forEach(h -> byHub.add(new ArrayList<>()));
        for (int g = 0; g < groups; g++) {
            Object key = groupKeys.get(g);
            Hub hub = key instanceof Departure d ? d.hub() : (Hub) key;
            hubOfGroup[g] = hubIndex.get(hub);
            byHub.get(hubOfGroup[g]).add(g);
            if (key instanceof Departure d) {
                Linehaul linehaul = d.linehaul();
                vehicleCost[g] = linehaul.vehicleCostCents();
                vehicleVolume[g] = linehaul.vehicleVolumeCm3();
                customs[g] = hub.outsideCustomsUnion() ? hub.customsClearanceCentsPerShipment() : 0;
            }
        }
        int[] counts = new int[groups];
        for (int e = 0; e < entries.size; e++) {
            counts[entries.group[e]]++;
        }
        int[][] groupParcels = new int[groups][];
        double[][] groupCost = new double[groups][];
        for (int g = 0; g < groups; g++) {
            groupParcels[g] = new int[counts[g]];
            groupCost[g] = new double[counts[g]];
        }
        int[] fill = new int[groups];
        for (int e = 0; e < entries.size; e++) {
            int g = entries.group[e];
            groupParcels[g][fill[g]] = entries.parcel[e];
            groupCost[g][fill[g]++] = entries.cost[e];
        }
        int[][] groupsOfHub = new int[hubs.size()][];
        for (int h = 0; h < hubs.size(); h++) {
            groupsOfHub[h] = byHub.get(h).stream().mapToInt(Integer::intValue).toArray();
        }
        return new BoundModel(n, volume, direct, hasHub, hubs, groupsOfHub, hubOfGroup, customs, vehicleCost,
                vehicleVolume, groupParcels, groupCost);
    }

    /** Growable (group, parcel, cost) triples. */
    private static final class Entries {
        int size;
        int[] group = new int[1024];
        int[] parcel = new int[1024];
        double[] cost = new double[1024];

        /** Adds the entry, or lowers the cost of the parcel's entry for the group added since {@code first}. */
        void addOrLower(int first, int g, int j, double c) {
            for (int e = first; e < size; e++) {
                if (group[e] == g) {
                    cost[e] = Math.min(cost[e], c);
                    return;
                }
            }
            if (size == group.length) {
                group = Arrays.copyOf(group, size * 2);
                parcel = Arrays.copyOf(parcel, size * 2);
                cost = Arrays.copyOf(cost, size * 2);
            }
            group[size] = g;
            parcel[size] = j;
            cost[size++] = c;
        }
    }

    /** The parcel's options that break none of its own hard rules; all of them if none is left. */
    private static List<RouteOption> allowed(Parcel parcel) {
        List<RouteOption> allowed = new ArrayList<>(parcel.getOptions().size());
        for (RouteOption option : parcel.getOptions()) {
            if (parcel.keepsOwnRules(option)) {
                allowed.add(option);
            }
        }
        return allowed.isEmpty() ? parcel.getOptions() : allowed;
    }
}
