package io.returnrouter.core.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.solver.RoutingSolverConfigs;
import io.returnrouter.core.solver.SolverSettings;
import io.returnrouter.core.sscflp.SscflpMapping;
import io.returnrouter.core.sscflp.SscflpParser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.constructionheuristic.scope.ConstructionHeuristicPhaseScope;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchStepScope;
import org.optaplanner.core.impl.phase.custom.scope.CustomStepScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stop (terminateEarly: the console's stop button, a deleted plan, the plan's time limit) asked
 * for while the Lagrangian start runs ends the phase at its next step and the solve with the best
 * plan found so far: the remaining sets are not placed, the local search does not start, and the
 * plan is feasible and no worse than the construction's.
 */
class LagrangianStartStopTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void terminateEarlyDuringThePhaseEndsItWithTheBestPlanSoFar(int stepsBeforeStop) throws IOException {
        RoutePlan problem = SscflpMapping.toPlan(SscflpParser.parse("p13", resource("holmberg/p13.txt")));
        // an hour: only the stop can end this solve early
        DefaultSolver<RoutePlan> solver = (DefaultSolver<RoutePlan>) SolverFactory.<RoutePlan>create(
                RoutingSolverConfigs.create(SolverSettings.forSeconds(3600).reproducible(7),
                        LagrangianStartStopTest.class.getClassLoader())).buildSolver();
        AtomicReference<HardSoftLongScore> constructed = new AtomicReference<>();
        AtomicReference<HardSoftLongScore> bestAtStop = new AtomicReference<>();
        AtomicInteger phaseSteps = new AtomicInteger();
        AtomicInteger searchSteps = new AtomicInteger();
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseEnded(AbstractPhaseScope<RoutePlan> phaseScope) {
                if (phaseScope instanceof ConstructionHeuristicPhaseScope) {
                    constructed.set((HardSoftLongScore) phaseScope.getBestScore());
                }
            }

            @Override
            public void stepEnded(AbstractStepScope<RoutePlan> stepScope) {
                if (stepScope instanceof LocalSearchStepScope) {
                    searchSteps.incrementAndGet();
                } else if (stepScope instanceof CustomStepScope && phaseSteps.incrementAndGet() == stepsBeforeStop) {
                    bestAtStop.set((HardSoftLongScore) stepScope.getPhaseScope().getBestScore());
                    solver.terminateEarly();
                }
            }
        });

        RoutePlan best = solver.solve(problem);

        assertThat(phaseSteps).hasValue(stepsBeforeStop);
        assertThat(searchSteps).hasValue(0);
        HardSoftLongScore score = best.getScore();
        assertThat(score.isFeasible()).isTrue();
        assertThat(score).isEqualTo(bestAtStop.get());
        assertThat(score.compareTo(constructed.get())).isGreaterThanOrEqualTo(0);
        if (stepsBeforeStop == 1) {
            // stopped after the relaxation: no set was placed afterwards
            assertThat(score).isEqualTo(constructed.get());
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = LagrangianStartStopTest.class.getResourceAsStream("/sscflp/" + path)) {
            if (in == null) {
                throw new IOException("test resource /sscflp/" + path + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
