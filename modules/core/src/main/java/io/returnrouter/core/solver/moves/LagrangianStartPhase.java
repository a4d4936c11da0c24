package io.returnrouter.core.solver.moves;

import io.returnrouter.core.bound.HubSetProposals;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.Loads;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A Lagrangian heuristic between construction and local search: the relaxation behind the lower
 * bound proposes sets of hubs to open ({@link HubSetProposals}); each set is made feasible (hubs
 * added in the relaxation's order until the parcels fit), every parcel is placed by regret within
 * it and improved by pairwise exchanges, and the cheapest plan found, if cheaper than the
 * constructed one, is where the local search starts. First Fit Decreasing opens hubs one parcel
 * at a time, so it keeps whichever hub a big parcel happened to open first; the relaxation
 * weighs every hub's fixed cost against all the parcels it could serve at once. From the best of
 * those plans a tabu search over hub sets on a linear copy of the plan ({@link HubSetSearch})
 * tries thousands of sets where the local search tries tens; its plans count only when the
 * production score agrees they are cheaper.
 *
 * <p>The work is split into the custom phase's steps ({@link #commands()}): {@link Propose} runs
 * the relaxation, then each {@link Place} places one set, then each {@link Search} runs a slice of
 * the hub-set search. OptaPlanner checks the solver's
 * termination (terminateEarly, the time limit) before every step, and a command cannot see it
 * itself (9.x gives it only the score director), so a stop waits for at most one step (about a
 * second at 60 × 300 on a loaded machine) instead of the whole phase. After every step the working
 * plan is the best one so far, never worse than the construction's, so a stopped phase leaves it.
 */
public final class LagrangianStartPhase {

    /**
     * Above this work (parcels × options of all parcels) the relaxation's sets are not placed:
     * regret placement of every parcel grows with it (about a second per set at 300 parcels with
     * 60 options each, 5.4 million, on a loaded machine); the hub-set search then starts from the
     * cheapest of the constructed plan and those sets placed on its linear copy.
     */
    static final long MAX_WORK = 10_000_000;
    /**
     * Above this many parcels the phase does nothing: the hub-set search's assignment moves grow
     * with the square of the parcels (a step of 10 iterations takes seconds at 1,000), and a
     * batch's relaxation needs far more than a fixed few hundred iterations. Batches are left to
     * the local search's hub moves.
     */
    static final int MAX_SEARCH_PARCELS = 1_000;
    static final int ITERATIONS = 200;
    static final int MAX_SETS = 16;
    /**
     * Sets placed in full (regret placement costs about a second per set at 300 parcels on a
     * loaded machine); the others are ranked out by a capacity-free estimate first.
     */
    static final int PLACED_SETS = 8;
    /**
     * Steps of the hub-set search ({@link HubSetSearch}) after the placements, each of
     * {@link #SEARCH_ITERATIONS} iterations (10–300 ms each at 60 × 300 on a quiet machine, the
     * longer ones polishing a set's assignment), so a stop waits for at most a few seconds; the search ends earlier when it stops finding better sets.
     */
    static final int SEARCH_STEPS = 200;
    static final int SEARCH_ITERATIONS = 10;
    /** Hubs added to a set whose parcels did not fit, one at a time. */
    private static final int REPAIRS = 4;

    /**
     * What the steps of one phase share, keyed by the working plan (the same object through the
     * phase; weak, so a phase stopped between steps leaves nothing behind once the plan is gone).
     * Commands are built per solver, but a solver factory's solvers may run at once.
     */
    private static final Map<RoutePlan, Session> SESSIONS = Collections.synchronizedMap(new WeakHashMap<>());
    /**
     * Rounds started per working plan, the hub-set search's seed: a later round often starts from
     * the same best plan, and with the same seed would walk the same way again. Counted, not
     * drawn, so seeded runs repeat.
     */
    private static final Map<RoutePlan, Integer> ROUNDS = Collections.synchronizedMap(new WeakHashMap<>());

    private LagrangianStartPhase() {
    }

    /** The custom phase's commands, in order: one per step, each after a termination check. */
    public static List<Class<? extends CustomPhaseCommand>> commands() {
        List<Class<? extends CustomPhaseCommand>> commands = new ArrayList<>();
        commands.add(Propose.class);
        for (int k = 0; k < PLACED_SETS; k++) {
            commands.add(Place.class);
        }
        for (int k = 0; k < SEARCH_STEPS; k++) {
            commands.add(Search.class);
        }
        return commands;
    }

    /**
     * The relaxation, every placement and {@code searchSteps} of the hub-set search's steps at
     * once, without termination checks (tests: the search's full budget is a solver's minute).
     */
    static void runAll(ScoreDirector<RoutePlan> scoreDirector, int searchSteps) {
        runAll(scoreDirector, new Propose(), searchSteps);
    }

    /** A later round's steps at once, on the plan the director holds. */
    static void runRestart(ScoreDirector<RoutePlan> scoreDirector, int searchSteps) {
        runAll(scoreDirector, new ProposeAroundBest(), searchSteps);
    }

    private static void runAll(ScoreDirector<RoutePlan> scoreDirector, CustomPhaseCommand<RoutePlan> propose,
                               int searchSteps) {
        propose.changeWorkingSolution(scoreDirector);
        for (int k = 0; k < PLACED_SETS; k++) {
            new Place().changeWorkingSolution(scoreDirector);
        }
        for (int k = 0; k < searchSteps; k++) {
            new Search().changeWorkingSolution(scoreDirector);
        }
    }

    /** The sets still to place, the repair order, and the best plan so far. */
    private static final class Session {
        final List<Parcel> parcels;
        final List<Set<Hub>> sets;
        /** The relaxation's sets too large to place by the production model: the search's candidate starts. */
        final List<Set<Hub>> unplaced;
        final List<Hub> ranking;
        final int round;
        int next;
        HubSetSearch search;
        int searchSteps;
        List<RouteOption> bestOptions;
        HardSoftLongScore best;

        Session(List<Parcel> parcels, List<Set<Hub>> sets, List<Set<Hub>> unplaced, List<Hub> ranking, int round,
                List<RouteOption> bestOptions, HardSoftLongScore best) {
            this.parcels = parcels;
            this.unplaced = unplaced;
            this.round = round;
            this.sets = sets;
            this.ranking = ranking;
            this.bestOptions = bestOptions;
            this.best = best;
        }
    }

    /** The commands of a later round, run on the best plan when the local search stalls. */
    public static List<Class<? extends CustomPhaseCommand>> restartCommands() {
        List<Class<? extends CustomPhaseCommand>> commands = commands();
        commands.set(0, ProposeAroundBest.class);
        return commands;
    }

    /**
     * First step of a later round: the relaxation aimed at the best plan's cost proposes its sets
     * again, and beside them the best plan's own open hubs with one hub swapped, added or dropped
     * (the least used open hubs out, the most used closed ones in, by the relaxation's use): a
     * change of hubs the local search reaches only through worse plans.
     */
    public static final class ProposeAroundBest implements CustomPhaseCommand<RoutePlan> {
        static final int NEIGHBOURS = 3;

        @Override
        public void changeWorkingSolution(ScoreDirector<RoutePlan> scoreDirector) {
            Propose.start(scoreDirector, true);
        }
    }

    /** First step: the relaxation proposes the sets, ranked by the capacity-free estimate. */
    public static final class Propose implements CustomPhaseCommand<RoutePlan> {
        @Override
        public void changeWorkingSolution(ScoreDirector<RoutePlan> scoreDirector) {
            start(scoreDirector, false);
        }

        static void start(ScoreDirector<RoutePlan> scoreDirector, boolean aroundBest) {
            RoutePlan plan = scoreDirector.getWorkingSolution();
            SESSIONS.remove(plan);
            List<Parcel> parcels = plan.getParcels();
            long options = parcels.stream().mapToLong(parcel -> parcel.getOptions().size()).sum();
            if (parcels.isEmpty() || parcels.size() > MAX_SEARCH_PARCELS
                    || parcels.stream().anyMatch(parcel -> parcel.getOption() == null)) {
                return;
            }
            boolean placing = options <= MAX_WORK / parcels.size();
            HardSoftLongScore start = score(scoreDirector);
            long upper = start.isFeasible() ? -start.softScore() : Long.MAX_VALUE;
            HubSetProposals proposals = HubSetProposals.of(plan, upper, ITERATIONS, MAX_SETS);
            List<Set<Hub>> sets = proposals.sets();
            if (aroundBest) {
                sets = new ArrayList<>(new LinkedHashSet<>(sets));
                Set<Hub> open = openHubs(parcels);
                sets.addAll(neighbours(open, proposals.ranking()));
                sets = new ArrayList<>(new LinkedHashSet<>(sets));
                sets.remove(open);
            }
            int round = ROUNDS.merge(plan, 1, Integer::sum);
            SESSIONS.put(plan, new Session(parcels, placing ? mostPromising(parcels, sets) : List.of(),
                    placing ? List.of() : sets,
                    proposals.ranking(), round, currentOptions(parcels), start));
        }
    }

    /**
     * Each later step: places the next set and leaves the working plan at the better of it and
     * the best so far.
     */
    public static final class Place implements CustomPhaseCommand<RoutePlan> {
        @Override
        public void changeWorkingSolution(ScoreDirector<RoutePlan> scoreDirector) {
            RoutePlan plan = scoreDirector.getWorkingSolution();
            Session session = SESSIONS.get(plan);
            if (session == null) {
                return;
            }
            if (session.next >= session.sets.size()) {
                return;
            }
            Set<Hub> set = session.sets.get(session.next++);
            Optional<List<RouteOption>> targets = place(session.parcels, set, session.ranking);
            if (targets.isPresent()) {
                apply(scoreDirector, session.parcels, targets.get());
                HardSoftLongScore score = score(scoreDirector);
                if (score.compareTo(session.best) > 0) {
                    session.best = score;
                    session.bestOptions = targets.get();
                }
            }
            apply(scoreDirector, session.parcels, session.bestOptions);
            score(scoreDirector);
        }
    }

    /**
     * The steps after the placements: the hub-set search from the best plan so far, a slice of
     * iterations per step; its best plan, judged by the production score, replaces the working
     * plan when cheaper. The last step, or the search's end, ends the session.
     */
    public static final class Search implements CustomPhaseCommand<RoutePlan> {
        @Override
        public void changeWorkingSolution(ScoreDirector<RoutePlan> scoreDirector) {
            RoutePlan plan = scoreDirector.getWorkingSolution();
            Session session = SESSIONS.get(plan);
            if (session == null) {
                return;
            }
            boolean first = session.searchSteps++ == 0;
            if (first) {
                session.search = HubSetSearch.of(session.parcels, session.bestOptions, session.unplaced, session.round)
                        .orElse(null);
            }
            HubSetSearch search = session.search;
            if (search == null || search.exhausted() || session.searchSteps >= SEARCH_STEPS) {
                SESSIONS.remove(plan);
            }
            if (search == null) {
                return;
            }
            long before = search.bestCents();
            search.run(SEARCH_ITERATIONS);
            if (!first && search.bestCents() >= before) {
                return;
            }
            List<RouteOption> targets = search.bestOptions();
            apply(scoreDirector, session.parcels, targets);
            HardSoftLongScore score = score(scoreDirector);
            if (score.compareTo(session.best) > 0) {
                session.best = score;
                session.bestOptions = targets;
            } else {
                apply(scoreDirector, session.parcels, session.bestOptions);
                score(scoreDirector);
            }
        }
    }

    private static Set<Hub> openHubs(List<Parcel> parcels) {
        Set<Hub> open = new LinkedHashSet<>();
        for (Parcel parcel : parcels) {
            if (parcel.getOption().hub() != null) {
                open.add(parcel.getOption().hub());
            }
        }
        return open;
    }

    /** The open set with one of its least used hubs dropped, one of the most used closed ones added, or both. */
    private static List<Set<Hub>> neighbours(Set<Hub> open, List<Hub> ranking) {
        List<Hub> out = new ArrayList<>();
        List<Hub> in = new ArrayList<>();
        for (int k = ranking.size() - 1; k >= 0 && out.size() < ProposeAroundBest.NEIGHBOURS; k--) {
            if (open.contains(ranking.get(k))) {
                out.add(ranking.get(k));
            }
        }
        for (int k = 0; k < ranking.size() && in.size() < ProposeAroundBest.NEIGHBOURS; k++) {
            if (!open.contains(ranking.get(k))) {
                in.add(ranking.get(k));
            }
        }
        List<Set<Hub>> sets = new ArrayList<>();
        for (Hub added : in) {
            Set<Hub> set = new LinkedHashSet<>(open);
            set.add(added);
            sets.add(set);
            for (Hub dropped : out) {
                Set<Hub> swapped = new LinkedHashSet<>(set);
                swapped.remove(dropped);
                sets.add(swapped);
            }
        }
        for (Hub dropped : out) {
            Set<Hub> set = new LinkedHashSet<>(open);
            set.remove(dropped);
            sets.add(set);
        }
        return sets;
    }

    @SuppressWarnings("unchecked")
    private static HardSoftLongScore score(ScoreDirector<RoutePlan> scoreDirector) {
        // the custom phase's director is always the solver's inner one
        return ((InnerScoreDirector<RoutePlan, HardSoftLongScore>) scoreDirector).calculateScore();
    }

    /**
     * The sets with the lowest estimate: their hubs' fixed costs plus each parcel's cheapest option
     * within the set, capacities ignored (an uncapacitated plan's cost; placement adds the rest).
     */
    private static List<Set<Hub>> mostPromising(List<Parcel> parcels, List<Set<Hub>> sets) {
        List<Set<Hub>> ranked = new ArrayList<>(sets);
        Map<Set<Hub>, Double> estimate = new HashMap<>();
        for (Set<Hub> set : sets) {
            double cost = set.stream().mapToDouble(Hub::fixedCostCentsPerPeriod).sum();
            for (Parcel parcel : parcels) {
                double cheapest = Double.POSITIVE_INFINITY;
                for (RouteOption option : parcel.getOptions()) {
                    if (option.hub() == null || set.contains(option.hub())) {
                        cheapest = Math.min(cheapest, option.costs().totalCents());
                    }
                }
                cost += cheapest;
            }
            estimate.put(set, cost);
        }
        ranked.sort(Comparator.comparingDouble(estimate::get));
        return ranked.subList(0, Math.min(PLACED_SETS, ranked.size()));
    }

    /** Every parcel placed within the set, grown in ranking order when they do not fit. */
    private static Optional<List<RouteOption>> place(List<Parcel> parcels, Set<Hub> set, List<Hub> ranking) {
        Set<Hub> open = new LinkedHashSet<>(set);
        long demand = 0;
        for (Parcel parcel : parcels) {
            if (parcel.getOptions().stream().allMatch(option -> option.hub() != null)) {
                demand += parcel.getVolumeCm3();
            }
        }
        long capacity = open.stream().mapToLong(Hub::capacityVolumeCm3).sum();
        for (Hub hub : ranking) {
            if (capacity >= demand) {
                break;
            }
            if (open.add(hub)) {
                capacity += hub.capacityVolumeCm3();
            }
        }
        for (int attempt = 0; attempt <= REPAIRS; attempt++) {
            Loads loads = Loads.empty();
            Optional<List<RouteOption>> targets = RegretReinsertion.reinsert(parcels, loads, open);
            if (targets.isPresent()) {
                ExchangeImprovement.improve(parcels, targets.get(), loads);
                return targets;
            }
            Optional<Hub> next = ranking.stream().filter(hub -> !open.contains(hub)).findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            open.add(next.get());
        }
        return Optional.empty();
    }

    private static List<RouteOption> currentOptions(List<Parcel> parcels) {
        List<RouteOption> options = new ArrayList<>(parcels.size());
        for (Parcel parcel : parcels) {
            options.add(parcel.getOption());
        }
        return options;
    }

    private static void apply(ScoreDirector<RoutePlan> scoreDirector, List<Parcel> parcels, List<RouteOption> options) {
        for (int k = 0; k < parcels.size(); k++) {
            Parcel parcel = parcels.get(k);
            if (parcel.getOption() != options.get(k)) {
                scoreDirector.beforeVariableChanged(parcel, "option");
                parcel.setOption(options.get(k));
                scoreDirector.afterVariableChanged(parcel, "option");
            }
        }
    }
}
