package io.returnrouter.core.bound;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.RoutePlan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets of hubs worth opening, read off the Lagrangian relaxation (a Lagrangian heuristic's first
 * half). Each subgradient iteration solves the relaxation exactly for its multipliers, and its
 * solution says which hubs it uses; near the optimal multipliers those sets, and the average use
 * of each hub over the iterations (which approaches the linear relaxation's opening values),
 * point at the hubs an optimal plan opens. A search that changes one or two hubs at a time can
 * reach such a set only through worse plans; starting from it skips them.
 *
 * <p>Deterministic: a fixed number of iterations from fixed multipliers, so seeded runs repeat.
 *
 * @param sets    distinct hub sets, the most promising first
 * @param ranking every hub of the relaxation, by average use (then by fixed cost per unit of
 *                capacity): the order in which to add hubs to a set that cannot hold the parcels
 */
public record HubSetProposals(List<Set<Hub>> sets, List<Hub> ranking) {

    /** Use thresholds on the average: from "nearly always used" down to "sometimes used". */
    private static final double[] THRESHOLDS = {0.9, 0.7, 0.5, 0.3, 0.15, 0.05};

    /**
     * Cells of each knapsack programme: the relaxation only points at hubs here, it proves
     * nothing, and the bound's full programmes (3 million cells) made 300 iterations cost seconds.
     */
    private static final long KNAPSACK_CELLS = 0;

    public HubSetProposals {
        sets = List.copyOf(sets);
        ranking = List.copyOf(ranking);
    }

    /**
     * Runs the relaxation for at most {@code iterations} steps towards {@code upperCents} (the
     * cost of a known feasible plan) and proposes at most {@code limit} sets.
     */
    public static HubSetProposals of(RoutePlan problem, long upperCents, int iterations, int limit) {
        LagrangianBound bound = LagrangianBound.coarse(problem, KNAPSACK_CELLS);
        List<Hub> hubs = bound.hubs();
        int m = hubs.size();
        List<double[]> uses = new ArrayList<>();
        bound.improve(() -> upperCents, () -> {
            double[] use = new double[m];
            for (int h = 0; h < m; h++) {
                use[h] = bound.hubUse(h);
            }
            uses.add(use);
            return uses.size() >= iterations;
        });
        // the later half: the first iterations start from multipliers far from optimal
        List<double[]> late = uses.subList(uses.size() / 2, uses.size());
        double[] average = new double[m];
        Map<BitSet, Integer> frequency = new LinkedHashMap<>();
        for (double[] use : late) {
            BitSet set = new BitSet(m);
            for (int h = 0; h < m; h++) {
                average[h] += use[h] / late.size();
                if (use[h] > 0) {
                    set.set(h);
                }
            }
            if (!set.isEmpty()) {
                frequency.merge(set, 1, Integer::sum);
            }
        }
        Set<BitSet> proposed = new LinkedHashSet<>();
        for (double threshold : THRESHOLDS) {
            BitSet set = new BitSet(m);
            for (int h = 0; h < m; h++) {
                if (average[h] >= threshold) {
                    set.set(h);
                }
            }
            if (!set.isEmpty()) {
                proposed.add(set);
            }
        }
        frequency.entrySet().stream()
                .sorted(Map.Entry.<BitSet, Integer>comparingByValue().reversed())
                .forEachOrdered(entry -> proposed.add(entry.getKey()));
        List<Set<Hub>> sets = new ArrayList<>();
        for (BitSet set : proposed) {
            if (sets.size() == limit) {
                break;
            }
            Set<Hub> open = new LinkedHashSet<>();
            set.stream().forEach(h -> open.add(hubs.get(h)));
            sets.add(open);
        }
        List<Integer> order = new ArrayList<>();
        for (int h = 0; h < m; h++) {
            order.add(h);
        }
        order.sort(Comparator.<Integer>comparingDouble(h -> -average[h])
                .thenComparingDouble(h -> hubs.get(h).fixedCostCentsPerPeriod()
                        / (double) Math.max(1, hubs.get(h).capacityVolumeCm3())));
        List<Hub> ranking = new ArrayList<>();
        order.forEach(h -> ranking.add(hubs.get(h)));
        return new HubSetProposals(sets, ranking);
    }
}
