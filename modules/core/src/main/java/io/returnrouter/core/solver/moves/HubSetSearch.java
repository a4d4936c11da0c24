package io.returnrouter.core.solver.moves;

import static io.returnrouter.core.solver.moves.LinearPlan.NONE;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RouteOption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A tabu search over which hubs are open, each set of hubs judged by assigning every parcel
 * within it, on a {@link LinearPlan} (the plan as a facility-location problem in arrays). The
 * production local search changes one or two hubs per step and judges every step by the
 * constraint streams, a few thousand evaluations a second at 60 hubs × 300 parcels; here a
 * neighbour (hubs closed, opened, or both) costs a regret reinsertion of the parcels it displaces
 * and a descent ({@link AssignmentMoves}), well under a millisecond, so thousands of hub sets are
 * tried where the local search tries tens.
 *
 * <p>Each iteration estimates every neighbour from the current assignment (the displaced parcels
 * at their next-cheapest open hub, the parcels a new hub would take up to its capacity), places
 * the {@link #EVALUATED} most promising in full, and moves to the cheapest of them that is not
 * tabu (or that beats the best plan found): a hub changed stays where it is for {@link #TENURE}
 * iterations, so the search walks through worse sets instead of returning to a local optimum. A
 * set near the best gets the assignment's own tabu search ({@link AssignmentTabu}), since a
 * descent leaves a tight set's assignment as far from its best as two sets differ. After
 * {@link #KICK_AFTER} iterations without a better plan the walk restarts from a random neighbour
 * of the best.
 *
 * <p>No clock, and the kicks' randomness is seeded: the same start and seed give the same plans.
 * A later round passes another seed, so a search that starts again from the same best plan
 * walks elsewhere instead of repeating itself.
 */
final class HubSetSearch {

    /** Neighbours placed in full per iteration, the best by estimate. */
    static final int EVALUATED = 10;
    /** Iterations a changed hub may not change back, unless that beats the best plan. */
    static final int TENURE = 7;
    /** Iterations without a better plan after which the search is over. */
    static final int PATIENCE = 1000;
    /**
     * Iterations without a better plan after which the walk jumps from the best plan to a random
     * neighbour of it ({@link #KICK_CLOSED} hubs closed, as many opened): tabu walks stay near
     * where they start, and a kick makes the next walk start elsewhere.
     */
    static final int KICK_AFTER = 60;
    static final int KICK_CLOSED = 2;
    /** Closed hubs considered for the neighbours that open two. */
    static final int PROMISING = 8;
    /**
     * A set whose descended plan is within this share of the best plan's cost gets
     * {@link #POLISH_ITERATIONS} of the assignment's tabu search, the start {@link #START_POLISH_ITERATIONS}.
     */
    static final double POLISH_WINDOW = 0.005;
    static final int POLISH_ITERATIONS = 300;
    static final int START_POLISH_ITERATIONS = 1000;

    private static final int[] NO_HUBS = {};

    private final LinearPlan plan;
    private final int[] tabuUntil;
    /** Seeded: the same start and seed give the same kicks. */
    private final Random random;
    private Assignment current;
    private Assignment best;
    private int iteration;
    private int sinceBest;

    private HubSetSearch(LinearPlan plan, Assignment start, long seed) {
        this.plan = plan;
        this.random = new Random(seed);
        this.tabuUntil = new int[plan.direct + 1];
        this.current = start;
        this.best = start.copy();
    }

    /**
     * The search from the given plan (one option per parcel, null for none), its kicks drawn
     * with the seed, or empty when no assignment of the copy holds the parcels within the hubs'
     * capacities.
     */
    static Optional<HubSetSearch> of(List<Parcel> parcels, List<RouteOption> start, long seed) {
        return of(parcels, start, List.of(), seed);
    }

    /**
     * As {@link #of(List, List, long)}, starting from the cheapest of the given plan and the
     * candidate hub sets, each placed on the copy (where the production placement of the sets
     * would take too long: large plans).
     */
    static Optional<HubSetSearch> of(List<Parcel> parcels, List<RouteOption> start,
                                     Collection<Set<Hub>> candidates, long seed) {
        LinearPlan plan = LinearPlan.of(parcels);
        Assignment cheapest = given(plan, start);
        for (Set<Hub> hubs : candidates) {
            boolean[] open = new boolean[plan.direct];
            for (Hub hub : hubs) {
                int slot = plan.slotOf(hub);
                if (slot >= 0) {
                    open[slot] = true;
                }
            }
            Assignment placed = placedWithin(plan, open);
            if (placed != null && (cheapest == null || placed.total() < cheapest.total())) {
                cheapest = placed;
            }
        }
        if (cheapest == null) {
            return Optional.empty();
        }
        AssignmentTabu.improve(cheapest, START_POLISH_ITERATIONS);
        cheapest.closeUnused();
        return Optional.of(new HubSetSearch(plan, cheapest, seed));
    }

    /**
     * The given plan within its own hubs, the parcels that do not fit there placed by regret
     * (else every parcel within every hub), descended; null when they fit nowhere.
     */
    private static Assignment given(LinearPlan plan, List<RouteOption> start) {
        Assignment state = new Assignment(plan);
        int[] pending = new int[plan.parcels];
        int count = 0;
        for (int j = 0; j < plan.parcels; j++) {
            RouteOption given = start.get(j);
            int slot = given == null ? -1 : plan.slotOf(given);
            if (slot >= 0) {
                state.open[slot] = true;
            }
            if (slot >= 0 && plan.cost[j][slot] < NONE && state.fits(j, slot)) {
                state.put(j, slot);
            } else {
                pending[count++] = j;
            }
        }
        if (!AssignmentMoves.insert(state, pending, count)) {
            boolean[] every = new boolean[plan.direct];
            Arrays.fill(every, true);
            return placedWithin(plan, every);
        }
        AssignmentMoves.deepDescend(state);
        return state;
    }

    /** Every parcel placed by regret within the hubs marked open (and direct), descended; null when they do not fit. */
    private static Assignment placedWithin(LinearPlan plan, boolean[] hubs) {
        Assignment state = new Assignment(plan);
        System.arraycopy(hubs, 0, state.open, 0, plan.direct);
        int[] all = IntStream.range(0, plan.parcels).toArray();
        if (!AssignmentMoves.insert(state, all, plan.parcels)) {
            return null;
        }
        AssignmentMoves.deepDescend(state);
        return state;
    }

    long bestCents() {
        return best.total();
    }

    /** True once {@link #PATIENCE} iterations have passed without a better plan, or the search has nowhere to go. */
    boolean exhausted() {
        return sinceBest >= PATIENCE;
    }

    /** The best plan so far: per parcel its cheapest option at the hub it was given. */
    List<RouteOption> bestOptions() {
        List<RouteOption> options = new ArrayList<>(plan.parcels);
        for (int j = 0; j < plan.parcels; j++) {
            options.add(plan.option[j][best.at[j]]);
        }
        return options;
    }

    /** Runs up to {@code iterations} iterations; stops early when exhausted. */
    void run(int iterations) {
        for (int k = 0; k < iterations && !exhausted(); k++) {
            if (!iterate()) {
                sinceBest++;
                if (!kick()) {
                    sinceBest = PATIENCE;
                }
            }
        }
    }

    /**
     * One step to the cheapest placed neighbour that is not tabu, or that beats the best plan;
     * false (a step without a better plan) when none is, e.g. every neighbour the estimates rank
     * first is tabu or does not fit.
     */
    private boolean iterate() {
        iteration++;
        if (sinceBest > 0 && sinceBest % KICK_AFTER == 0) {
            kick();
        }
        List<Neighbour> neighbours = estimates(current);
        neighbours.sort((a, b) -> Double.compare(a.estimate, b.estimate));
        Assignment chosen = null;
        Neighbour chosenMove = null;
        int evaluated = 0;
        int attempts = 0;
        // tabu neighbours placed because their estimate beats the best plan: counted apart, as
        // the estimates (capacities ignored) are optimistic, and they must not use up the budget
        // of the neighbours the step may take
        int aspirations = 0;
        for (Neighbour neighbour : neighbours) {
            if (evaluated == EVALUATED || attempts == 3 * EVALUATED) {
                break;
            }
            boolean tabu = neighbour.isTabu(tabuUntil, iteration);
            if (tabu && (aspirations == EVALUATED || current.total() + neighbour.estimate >= best.total())) {
                continue;
            }
            if (tabu) {
                aspirations++;
            } else {
                attempts++;
            }
            Assignment placed = place(current, neighbour);
            if (placed == null) {
                continue;
            }
            if (tabu && placed.total() >= best.total()) {
                continue;
            }
            evaluated += tabu ? 0 : 1;
            if (chosen == null || placed.total() < chosen.total()) {
                chosen = placed;
                chosenMove = neighbour;
            }
        }
        if (chosen != null) {
            AssignmentMoves.deepDescend(chosen);
            if (chosen.total() <= best.total() * (1 + POLISH_WINDOW)) {
                AssignmentTabu.improve(chosen, POLISH_ITERATIONS);
                chosen.closeUnused();
            }
        }
        if (chosen == null) {
            return false;
        }
        current = chosen;
        for (int h : chosenMove.outs) {
            tabuUntil[h] = iteration + TENURE;
        }
        for (int h : chosenMove.ins) {
            tabuUntil[h] = iteration + TENURE;
        }
        if (current.total() < best.total()) {
            best = current.copy();
            sinceBest = 0;
        } else {
            sinceBest++;
        }
        return true;
    }

    /**
     * From the best plan, a few random open hubs closed and as many closed ones opened; tabu
     * forgotten. False when no such change holds the parcels (ten tries).
     */
    private boolean kick() {
        for (int attempt = 0; attempt < 10; attempt++) {
            Assignment state = best.copy();
            int[] pending = new int[plan.parcels];
            int count = 0;
            for (int change = 0; change < KICK_CLOSED; change++) {
                int out = randomSlot(state, true);
                int in = randomSlot(state, false);
                if (out < 0 || in < 0) {
                    return false;
                }
                state.open[out] = false;
                state.open[in] = true;
                for (int j = 0; j < plan.parcels; j++) {
                    if (state.at[j] == out) {
                        state.take(j);
                        pending[count++] = j;
                    }
                }
            }
            if (AssignmentMoves.insert(state, pending, count)) {
                AssignmentMoves.deepDescend(state);
                state.closeUnused();
                current = state;
                Arrays.fill(tabuUntil, 0);
                return true;
            }
        }
        return false;
    }

    private int randomSlot(Assignment state, boolean open) {
        int candidates = 0;
        for (int h = 0; h < plan.direct; h++) {
            candidates += state.open[h] == open ? 1 : 0;
        }
        if (candidates == 0) {
            return -1;
        }
        int pick = random.nextInt(candidates);
        for (int h = 0; h < plan.direct; h++) {
            if (state.open[h] == open && pick-- == 0) {
                return h;
            }
        }
        return -1;
    }

    /** Hubs closed ({@code outs}) and opened ({@code ins}), with the estimated change of cost. */
    private record Neighbour(int[] outs, int[] ins, double estimate) {
        boolean isTabu(int[] tabuUntil, int iteration) {
            for (int h : outs) {
                if (tabuUntil[h] > iteration) {
                    return true;
                }
            }
            for (int h : ins) {
                if (tabuUntil[h] > iteration) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Every neighbour's change of cost, estimated without the other hubs' capacities: a closed
     * hub's parcels move to their next-cheapest open hub (or a new one), a new hub takes the
     * parcels that save most by it, scaled down to its capacity. Neighbours close one or two hubs
     * and open none, one or two: where the hubs' capacities barely hold the parcels, a single
     * swap rarely keeps enough room, and a better set is often two hubs away.
     */
    private List<Neighbour> estimates(Assignment state) {
        Estimator estimator = new Estimator(state);
        List<Integer> open = new ArrayList<>();
        List<Integer> closed = new ArrayList<>();
        for (int h = 0; h < plan.direct; h++) {
            (state.open[h] ? open : closed).add(h);
        }
        List<Neighbour> neighbours = new ArrayList<>();
        for (int in : closed) {
            estimator.add(neighbours, NO_HUBS, new int[] {in});
        }
        // the closed hubs worth opening, by the estimate of opening each alone
        List<Integer> promising = new ArrayList<>();
        neighbours.stream().sorted((a, b) -> Double.compare(a.estimate, b.estimate)).limit(PROMISING)
                .forEach(neighbour -> promising.add(neighbour.ins[0]));
        for (int a = 0; a < open.size(); a++) {
            int out = open.get(a);
            estimator.add(neighbours, new int[] {out}, NO_HUBS);
            for (int in : closed) {
                estimator.add(neighbours, new int[] {out}, new int[] {in});
            }
            for (int x = 0; x < promising.size(); x++) {
                for (int y = x + 1; y < promising.size(); y++) {
                    estimator.add(neighbours, new int[] {out}, new int[] {promising.get(x), promising.get(y)});
                }
            }
            for (int b = a + 1; b < open.size(); b++) {
                int[] outs = {out, open.get(b)};
                for (int in : promising) {
                    estimator.add(neighbours, outs, new int[] {in});
                }
                for (int x = 0; x < promising.size(); x++) {
                    for (int y = x + 1; y < promising.size(); y++) {
                        estimator.add(neighbours, outs, new int[] {promising.get(x), promising.get(y)});
                    }
                }
            }
        }
        return neighbours;
    }

    /** What the estimates of one iteration share: each parcel's cheapest open alternatives. */
    private final class Estimator {
        private static final int KEPT = 3;
        final Assignment state;
        /** Per parcel the {@link #KEPT} cheapest open slots other than its own, cheapest first (-1: none). */
        final int[][] alternatives;
        final long room;

        Estimator(Assignment state) {
            this.state = state;
            alternatives = new int[plan.parcels][KEPT];
            for (int j = 0; j < plan.parcels; j++) {
                int[] kept = alternatives[j];
                Arrays.fill(kept, -1);
                for (int slot : plan.reachable[j]) {
                    if (slot == state.at[j] || !state.open[slot]) {
                        continue;
                    }
                    long c = plan.cost[j][slot];
                    for (int k = 0; k < KEPT; k++) {
                        if (kept[k] < 0 || c < plan.cost[j][kept[k]]) {
                            System.arraycopy(kept, k, kept, k + 1, KEPT - k - 1);
                            kept[k] = slot;
                            break;
                        }
                    }
                }
            }
            long total = 0;
            for (int h = 0; h < plan.direct; h++) {
                total += state.open[h] ? plan.capacityVolume[h] : 0;
            }
            room = total;
        }

        /** Adds the neighbour with its estimate, unless its hubs cannot hold the parcels. */
        void add(List<Neighbour> neighbours, int[] outs, int[] ins) {
            long capacity = room;
            double change = 0;
            for (int h : outs) {
                capacity -= plan.capacityVolume[h];
                change -= plan.fixed[h];
            }
            for (int h : ins) {
                capacity += plan.capacityVolume[h];
                change += plan.fixed[h];
            }
            if (capacity < plan.hubVolumeNeeded) {
                return;
            }
            double[] gain = new double[ins.length];
            double[] wanted = new double[ins.length];
            double[] taken = new double[ins.length];
            for (int j = 0; j < plan.parcels; j++) {
                int at = state.at[j];
                if (contains(outs, at)) {
                    long to = NONE;
                    for (int slot : alternatives[j]) {
                        if (slot >= 0 && !contains(outs, slot)) {
                            to = plan.cost[j][slot];
                            break;
                        }
                    }
                    int into = -1;
                    for (int i = 0; i < ins.length; i++) {
                        if (plan.cost[j][ins[i]] < to) {
                            to = plan.cost[j][ins[i]];
                            into = i;
                        }
                    }
                    if (to >= NONE) {
                        return;
                    }
                    change += to - plan.cost[j][at];
                    if (into >= 0) {
                        taken[into] += plan.volume[j];
                    }
                } else if (ins.length > 0) {
                    int into = -1;
                    long saving = 0;
                    for (int i = 0; i < ins.length; i++) {
                        long s = plan.cost[j][ins[i]] < NONE ? plan.cost[j][at] - plan.cost[j][ins[i]] : 0;
                        if (s > saving) {
                            saving = s;
                            into = i;
                        }
                    }
                    if (into >= 0) {
                        gain[into] += saving;
                        wanted[into] += plan.volume[j];
                    }
                }
            }
            for (int i = 0; i < ins.length; i++) {
                change -= scaled(gain[i], wanted[i], plan.capacityVolume[ins[i]] - taken[i]);
            }
            neighbours.add(new Neighbour(outs, ins, change));
        }
    }

    private static boolean contains(int[] hubs, int hub) {
        for (int h : hubs) {
            if (h == hub) {
                return true;
            }
        }
        return false;
    }

    private static double scaled(double gain, double wanted, double room) {
        if (room <= 0) {
            return 0;
        }
        return wanted <= room ? gain : gain * room / wanted;
    }

    /** The neighbour placed in full from the current assignment, or null when its parcels do not fit. */
    private Assignment place(Assignment from, Neighbour neighbour) {
        Assignment state = from.copy();
        int[] pending = new int[plan.parcels];
        int count = 0;
        for (int out : neighbour.outs) {
            state.open[out] = false;
        }
        for (int j = 0; j < plan.parcels; j++) {
            if (state.at[j] >= 0 && !state.open[state.at[j]]) {
                state.take(j);
                pending[count++] = j;
            }
        }
        for (int in : neighbour.ins) {
            state.open[in] = true;
        }
        if (!AssignmentMoves.insert(state, pending, count)) {
            return null;
        }
        AssignmentMoves.descend(state);
        state.closeUnused();
        return state;
    }
}
