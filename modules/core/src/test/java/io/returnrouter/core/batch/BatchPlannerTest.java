package io.returnrouter.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.demo.SyntheticScenario;
import io.returnrouter.core.demo.SyntheticScenarioGenerator;
import io.returnrouter.core.model.RoadDistance;
import io.returnrouter.core.options.EnumerationLimits;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.solver.ConstraintNames;
import io.returnrouter.core.solver.ProgressEvent;
import io.returnrouter.core.solver.SearchStrategy;
import io.returnrouter.core.solver.SolverSettings;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

class BatchPlannerTest {

    private static BatchProblem problem(int returns, int hubs) {
        SyntheticScenario scenario = new SyntheticScenarioGenerator(3).generate(returns, hubs);
        RouteOptionEnumerator enumerator = new RouteOptionEnumerator(scenario.network(), ScenarioWeights.DEFAULT,
                EnumerationLimits.DEFAULT, RoadDistance.EUROPE);
        return new BatchProblemBuilder(enumerator, scenario.marketRules(), ParcelPacker.standard())
                .build(scenario.returns());
    }

    private static SolverSettings settings(SearchStrategy strategy) {
        return new SolverSettings(Duration.ofSeconds(30), Duration.ofSeconds(1), strategy, OptionalLong.of(11),
                "NONE", false);
    }

    @Test
    void plansABatchAtLeastAsCheapAsTheGreedyBaselineAndExplainsIt() throws Exception {
        BatchProblem problem = problem(300, 4);
        List<ProgressEvent> heard = new CopyOnWriteArrayList<>();

        PlanResult result;
        try (BatchPlanner planner = new BatchPlanner(settings(SearchStrategy.LATE_ACCEPTANCE),
                getClass().getClassLoader(), 1)) {
            result = planner.plan("job-1", problem, heard::add).get(60, TimeUnit.SECONDS);
        }

        assertThat(result.feasible()).isTrue();
        assertThat(result.plan().isFullyAssigned()).isTrue();
        assertThat(result.costCents()).isLessThanOrEqualTo(result.greedyCostCents());
        assertThat(result.breakdown()).hasSize(result.plan().getParcels().size());
        assertThat(result.breakdown().stream().mapToLong(ParcelCostBreakdown::totalCents).sum())
                .isEqualTo(result.costCents());
        assertThat(result.constraints()).extracting(ConstraintSummary::constraint)
                .contains(ConstraintNames.TRANSPORT_COST);
        assertThat(result.constraints()).noneMatch(ConstraintSummary::hard);
        assertThat(heard).isNotEmpty().isEqualTo(result.progress());
        assertThat(heard.get(heard.size() - 1).bestScore()).isEqualTo(result.score());
        // the bound computed beside the search: positive, at most the plan's cost, and reported as a gap
        assertThat(result.lowerBound()).isNotNull();
        assertThat(result.lowerBound().cents()).isPositive().isLessThanOrEqualTo(result.costCents());
        assertThat(result.gapToBoundPercent()).isNotNull().isNotNegative();
    }

    @Test
    void tabuSearchAlsoProducesAFeasiblePlan() throws Exception {
        BatchProblem problem = problem(120, 3);

        try (BatchPlanner planner = new BatchPlanner(settings(SearchStrategy.TABU_SEARCH),
                getClass().getClassLoader(), 1)) {
            PlanResult result = planner.plan("job-2", problem, event -> { }).get(60, TimeUnit.SECONDS);

            assertThat(result.feasible()).isTrue();
            assertThat(result.costCents()).isLessThanOrEqualTo(result.greedyCostCents());
        }
    }
}
