package io.returnrouter.core.solver;

import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.solver.moves.DestinationSwapMoveFactory;
import io.returnrouter.core.solver.moves.HubCloseMoveFactory;
import io.returnrouter.core.solver.moves.HubOpenMoveFactory;
import io.returnrouter.core.solver.moves.HubPillarMoveFactory;
import io.returnrouter.core.solver.moves.HubReplanMoveFactory;
import io.returnrouter.core.solver.moves.LagrangianStartPhase;

import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the solver configuration in code. OptaPlanner has no CDI integration and must load our
 * classes with the application's class loader (Liberty gives each application its own).
 */
public final class RoutingSolverConfigs {

    private static final int LATE_ACCEPTANCE_SIZE = 400;
    /*
     * Short: the hub moves change tens of parcels at once, and all of them stay tabu for this many
     * steps, which blocked the next structural move (a swap is often followed by a second one).
     * At 3 the Holmberg hard instances ended nearer their optima than at 7 (docs/performance.md).
     */
    private static final int TABU_ENTITY_SIZE = 3;
    private static final int TABU_ACCEPTED_COUNT = 200;
    /*
     * Local-search steps without a better plan before the relaxation proposes sets again, and how
     * many times: 6 × 50 beat 2 × 100 and 20 × 30 on Yang at 60 s (docs/performance.md), where a
     * loaded machine does a few hundred Tabu steps per minute. Steps, not time: seeded runs repeat.
     */
    private static final int STALL_STEPS = 50;
    private static final int RESTARTS = 6;

    private RoutingSolverConfigs() {
    }

    public static SolverConfig create(SolverSettings settings, ClassLoader classLoader) {
        SolverConfig config = new SolverConfig(classLoader)
                .withSolutionClass(RoutePlan.class)
                .withEntityClasses(Parcel.class)
                .withConstraintProviderClass(ReturnRoutingConstraints.class)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(settings.spentLimit())
                        .withUnimprovedSpentLimit(settings.unimprovedLimit()))
                .withMoveThreadCount(settings.moveThreadCount())
                .withPhases(phases(settings.strategy()));
        settings.randomSeed().ifPresent(seed -> config.withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed));
        if (settings.fullAssert()) {
            config.withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        }
        return config;
    }

    private static ConstructionHeuristicPhaseConfig constructionHeuristic() {
        // Biggest parcels first, each to the option that costs the plan least given those placed.
        return new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING);
    }

    /**
     * Construction, the Lagrangian start, then local search; when the local search has not
     * improved for {@link #STALL_STEPS} steps (steps, not time, so seeded runs repeat), the
     * relaxation proposes sets again around the best plan, and the search goes on from the better.
     */
    private static PhaseConfig<?>[] phases(SearchStrategy strategy) {
        List<PhaseConfig<?>> phases = new ArrayList<>(List.of(constructionHeuristic(), lagrangianStart()));
        for (int round = 0; round < RESTARTS; round++) {
            phases.add(localSearch(strategy)
                    .withTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(STALL_STEPS)));
            phases.add(new CustomPhaseConfig()
                    .withCustomPhaseCommandClassList(LagrangianStartPhase.restartCommands()));
        }
        phases.add(localSearch(strategy));
        return phases.toArray(PhaseConfig<?>[]::new);
    }

    /** Restarts from the hub set the lower bound's relaxation points at, when that plan is cheaper. */
    private static CustomPhaseConfig lagrangianStart() {
        return new CustomPhaseConfig().withCustomPhaseCommandClassList(LagrangianStartPhase.commands());
    }

    private static LocalSearchPhaseConfig localSearch(SearchStrategy strategy) {
        List<MoveSelectorConfig> moves = List.of(
                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(5.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(DestinationSwapMoveFactory.class)
                        .withFixedProbabilityWeight(4.0),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(HubPillarMoveFactory.class)
                        .withFixedProbabilityWeight(0.5),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(HubCloseMoveFactory.class)
                        .withFixedProbabilityWeight(0.5),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(HubOpenMoveFactory.class)
                        .withFixedProbabilityWeight(0.5),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(HubReplanMoveFactory.class)
                        .withFixedProbabilityWeight(2.0));
        LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(moves.toArray(MoveSelectorConfig[]::new)));
        return switch (strategy) {
            case LATE_ACCEPTANCE -> phase
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
            case TABU_SEARCH -> phase
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(TABU_ENTITY_SIZE))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(TABU_ACCEPTED_COUNT));
        };
    }
}
