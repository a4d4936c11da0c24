package io.returnrouter.core.kpi;

import io.returnrouter.core.baseline.GreedyBaseline;
import io.returnrouter.core.batch.BatchProblem;
import io.returnrouter.core.batch.CostBreakdowns;
import io.returnrouter.core.batch.ParcelCostBreakdown;
import io.returnrouter.core.batch.PlanResult;
import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.plan.RoutePlan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The key figures of one plan. Costs are the parcels' cost breakdowns ({@link CostBreakdowns}),
 * so {@link #totalCostCents()} is exactly the plan's soft cost as the score counts it. Parcels
 * without an option are only counted in {@link #unassignedParcels()}; every other figure is over
 * the assigned parcels.
 *
 * @param returns              distinct returns with at least one assigned parcel
 * @param parcels              assigned parcels
 * @param rejectedReturns      returns that no rule allowed (not in the plan)
 * @param costPerReturnCents   total / returns, rounded half up; 0 without returns
 * @param meanDaysToWarehouse  per parcel, two decimals; null without parcels
 * @param p95DaysToWarehouse   per parcel, nearest rank; null without parcels
 * @param byMode               every first-mile mode, in enum order, with its share of the parcels
 * @param viaHub               parcels consolidated at a hub
 * @param direct               parcels sent directly to a warehouse
 * @param hubs                 every hub of the plan, by id
 * @param co2Grams             the options' CO2 (first mile plus the parcel's share of the truck)
 * @param byMarket             by market country code
 * @param byCarrier            by the first-mile carrier's id
 */
public record PlanKpis(int returns, int parcels, int rejectedReturns, int unassignedParcels, long totalCostCents,
                       long costPerReturnCents, CostComponents costs, BigDecimal meanDaysToWarehouse,
                       Integer p95DaysToWarehouse, Map<FirstMileMode, ParcelShare> byMode, ParcelShare viaHub,
                       ParcelShare direct, List<HubUtilisation> hubs, long co2Grams, List<GroupKpis> byMarket,
                       List<GroupKpis> byCarrier) {

    /** The carrier key of first miles that use no carrier service (abstract benchmark legs). */
    public static final String NO_CARRIER = "NONE";

    public PlanKpis {
        Checks.requireNonNegative(returns, "returns");
        Checks.requireNonNegative(parcels, "parcels");
        Checks.requireNonNegative(rejectedReturns, "rejectedReturns");
        Checks.requireNonNegative(unassignedParcels, "unassignedParcels");
        Objects.requireNonNull(costs, "costs");
        if (totalCostCents != costs.totalCents()) {
            throw new IllegalArgumentException("totalCostCents " + totalCostCents
                    + " must equal the sum of the cost components " + costs.totalCents());
        }
        Checks.requireNonNegative(costPerReturnCents, "costPerReturnCents");
        if (parcels > 0 && (meanDaysToWarehouse == null || p95DaysToWarehouse == null)) {
            throw new IllegalArgumentException("meanDaysToWarehouse and p95DaysToWarehouse are required with parcels");
        }
        Objects.requireNonNull(byMode, "byMode");
        if (!byMode.keySet().equals(Set.of(FirstMileMode.values()))) {
            throw new IllegalArgumentException("byMode must hold every first-mile mode, had " + byMode.keySet());
        }
        byMode = Collections.unmodifiableMap(new EnumMap<>(byMode));
        Objects.requireNonNull(viaHub, "viaHub");
        Objects.requireNonNull(direct, "direct");
        if (viaHub.parcels() + direct.parcels() != parcels) {
            throw new IllegalArgumentException("viaHub + direct parcels must equal parcels " + parcels);
        }
        hubs = List.copyOf(hubs);
        Checks.requireNonNegative(co2Grams, "co2Grams");
        byMarket = List.copyOf(byMarket);
        byCarrier = List.copyOf(byCarrier);
    }

    /** The KPIs of a solved batch: its plan, its per-parcel breakdown and its rejected returns. */
    public static PlanKpis of(PlanResult result) {
        return of(result.plan(), result.breakdown(), result.rejected().size());
    }

    /** The KPIs of an assigned plan; the cost breakdown is computed as {@link CostBreakdowns} does. */
    public static PlanKpis of(RoutePlan plan, int rejectedReturns) {
        return of(plan, CostBreakdowns.of(plan), rejectedReturns);
    }

    /** The KPIs of the greedy baseline's plan for the same problem (the problem is not changed). */
    public static PlanKpis greedyBaseline(BatchProblem problem) {
        return of(GreedyBaseline.assign(problem.plan()), problem.rejected().size());
    }

    /**
     * The KPIs of a plan with a given breakdown.
     *
     * @param breakdown one entry per assigned parcel, e.g. {@link PlanResult#breakdown()}
     */
    public static PlanKpis of(RoutePlan plan, List<ParcelCostBreakdown> breakdown, int rejectedReturns) {
        Objects.requireNonNull(plan, "plan");
        Map<String, ParcelCostBreakdown> byParcel = new HashMap<>();
        for (ParcelCostBreakdown b : breakdown) {
            if (byParcel.put(b.parcelId(), b) != null) {
                throw new IllegalArgumentException("breakdown lists parcel " + b.parcelId() + " twice");
            }
        }
        List<Parcel> assigned = new ArrayList<>();
        int unassigned = 0;
        for (Parcel parcel : plan.getParcels()) {
            if (parcel.getOption() == null) {
                unassigned++;
            } else if (!byParcel.containsKey(parcel.getId())) {
                throw new IllegalArgumentException("breakdown has no entry for assigned parcel " + parcel.getId());
            } else {
                assigned.add(parcel);
            }
        }
        if (assigned.size() != byParcel.size()) {
            throw new IllegalArgumentException("breakdown lists " + byParcel.size() + " parcels, the plan assigns "
                    + assigned.size());
        }
        int n = assigned.size();
        CostComponents costs = CostComponents.ZERO;
        Set<String> returnIds = new HashSet<>();
        int[] days = new int[n];
        long daySum = 0;
        long co2 = 0;
        Map<FirstMileMode, Integer> modeCounts = new EnumMap<>(FirstMileMode.class);
        int viaHub = 0;
        Map<Hub, int[]> hubParcels = new HashMap<>();
        Map<Hub, long[]> hubVolume = new HashMap<>();
        Map<String, Group> markets = new TreeMap<>();
        Map<String, Group> carriers = new TreeMap<>();
        for (int k = 0; k < n; k++) {
            Parcel parcel = assigned.get(k);
            RouteOption option = parcel.getOption();
            ParcelCostBreakdown b = byParcel.get(parcel.getId());
            CostComponents parcelCosts = CostComponents.of(b);
            costs = costs.plus(parcelCosts);
            returnIds.add(parcel.getReturnId());
            days[k] = option.daysToWarehouse();
            daySum += option.daysToWarehouse();
            co2 += option.co2Grams();
            modeCounts.merge(option.mode(), 1, Integer::sum);
            Hub hub = option.hub();
            if (hub != null) {
                viaHub++;
                hubParcels.computeIfAbsent(hub, h -> new int[1])[0]++;
                hubVolume.computeIfAbsent(hub, h -> new long[1])[0] += parcel.getVolumeCm3();
            }
            long parcelCost = parcelCosts.totalCents();
            markets.computeIfAbsent(parcel.getMarketRules().countryCode(), c -> new Group())
                    .add(parcel, parcelCost, option.co2Grams());
            String carrier = option.firstMile().service() == null ? NO_CARRIER
                    : option.firstMile().service().carrierId();
            carriers.computeIfAbsent(carrier, c -> new Group()).add(parcel, parcelCost, option.co2Grams());
        }
        int returns = returnIds.size();
        long total = costs.totalCents();
        Map<FirstMileMode, ParcelShare> byMode = new LinkedHashMap<>();
        for (FirstMileMode mode : FirstMileMode.values()) {
            byMode.put(mode, ParcelShare.of(modeCounts.getOrDefault(mode, 0), n));
        }
        List<Hub> hubs = new ArrayList<>(plan.getHubs());
        hubParcels.keySet().stream().filter(h -> !hubs.contains(h)).forEach(hubs::add);
        hubs.sort(Comparator.comparing(Hub::id));
        List<HubUtilisation> utilisation = hubs.stream().map(hub -> {
            int parcels = hubParcels.getOrDefault(hub, new int[1])[0];
            long volume = hubVolume.getOrDefault(hub, new long[1])[0];
            return new HubUtilisation(hub.id(), hub.name(), parcels, hub.capacityParcels(),
                    Percent.of(parcels, hub.capacityParcels()), volume, hub.capacityVolumeCm3(),
                    Percent.of(volume, hub.capacityVolumeCm3()));
        }).toList();
        return new PlanKpis(returns, n, rejectedReturns, unassigned, total,
                returns == 0 ? 0 : divideHalfUp(total, returns), costs,
                n == 0 ? null : BigDecimal.valueOf(daySum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP),
                n == 0 ? null : percentile95(days), byMode, ParcelShare.of(viaHub, n), ParcelShare.of(n - viaHub, n),
                utilisation, co2, groups(markets), groups(carriers));
    }

    public long customsCostCents() {
        return costs.customsCents();
    }

    public BigDecimal co2Kg() {
        return kilograms(co2Grams);
    }

    static BigDecimal kilograms(long grams) {
        return BigDecimal.valueOf(grams, 3);
    }

    private static long divideHalfUp(long dividend, long divisor) {
        return BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** Nearest rank: the smallest value that at least 95 % of the values do not exceed. */
    private static int percentile95(int[] values) {
        int[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int rank = (int) ((95L * sorted.length + 99) / 100);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static List<GroupKpis> groups(Map<String, Group> groups) {
        return groups.entrySet().stream()
                .map(e -> new GroupKpis(e.getKey(), e.getValue().returns.size(), e.getValue().parcels,
                        e.getValue().costCents, e.getValue().co2Grams))
                .toList();
    }

    private static final class Group {
        final Set<String> returns = new HashSet<>();
        int parcels;
        long costCents;
        long co2Grams;

        void add(Parcel parcel, long cost, long co2) {
            returns.add(parcel.getReturnId());
            parcels++;
            costCents += cost;
            co2Grams += co2;
        }
    }
}
