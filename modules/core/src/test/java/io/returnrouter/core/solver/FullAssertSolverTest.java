package io.returnrouter.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.batch.BatchProblem;
import io.returnrouter.core.batch.BatchProblemBuilder;
import io.returnrouter.core.demo.SyntheticScenario;
import io.returnrouter.core.demo.SyntheticScenarioGenerator;
import io.returnrouter.core.model.RoadDistance;
import io.returnrouter.core.options.EnumerationLimits;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.packing.ParcelPacker;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Runs every move type under FULL_ASSERT: after each move the incremental score is checked
 * against a full recalculation, and each undo move against the score before the move.
 */
class FullAssertSolverTest {

    @Test
    void incrementalScoresOfAllMovesMatchFullRecalculation() {
        SyntheticScenario scenario = new SyntheticScenarioGenerator(5).generate(60, 3);
        RouteOptionEnumerator enumerator = new RouteOptionEnumerator(scenario.network(), ScenarioWeights.DEFAULT,
                EnumerationLimits.DEFAULT, RoadDistance.EUROPE);
        BatchProblem problem = new BatchProblemBuilder(enumerator, scenario.marketRules(), ParcelPacker.standard())
                .build(scenario.returns());
        // Ends 3 s after the last improvement; the 20 s cap only matters on a loaded machine, where
        // full-assert construction alone took longer than 3 s.
        SolverSettings settings = new SolverSettings(Duration.ofSeconds(20), Duration.ofSeconds(3),
                SearchStrategy.LATE_ACCEPTANCE, OptionalLong.of(3), "NONE", false).withFullAssert();

        SolveRun run = new RoutePlanSolver(settings, getClass().getClassLoader()).solve(problem.plan(), e -> { });

        assertThat(run.best().isFullyAssigned()).isTrue();
        assertThat(run.best().getScore().isFeasible()).isTrue();
        assertThat(run.progress()).isNotEmpty();
    }
}
