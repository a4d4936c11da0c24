package io.returnrouter.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.sscflp.RandomSscflpInstances;
import io.returnrouter.core.sscflp.SscflpInstance;
import io.returnrouter.core.sscflp.SscflpMapping;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * With a seed, the production search (construction, then every local-search move) gives the same
 * plan twice. The runs end after a number of steps, not of seconds, so that both do the same work.
 */
class ReproducibleSolveTest {

    private static final SscflpInstance INSTANCE = RandomSscflpInstances.generate("repro", 5, 8, 40);

    private static Map<String, String> solve(long seed) {
        SolverConfig config = RoutingSolverConfigs.create(SolverSettings.forSeconds(60).reproducible(seed),
                ReproducibleSolveTest.class.getClassLoader());
        // Step counts are phase terminations; the local search is the last phase.
        config.getPhaseConfigList().get(config.getPhaseConfigList().size() - 1)
                .setTerminationConfig(new TerminationConfig().withStepCountLimit(300));
        RoutePlan best = SolverFactory.<RoutePlan>create(config).buildSolver().solve(SscflpMapping.toPlan(INSTANCE));
        Map<String, String> assignment = new LinkedHashMap<>();
        for (Parcel parcel : best.getParcels()) {
            assignment.put(parcel.getId(), parcel.getOption().id());
        }
        assignment.put("score", best.getScore().toString());
        return assignment;
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        Map<String, String> first = solve(42);
        Map<String, String> second = solve(42);

        assertThat(first).hasSize(INSTANCE.customerCount() + 1);
        assertThat(second).isEqualTo(first);
    }
}
