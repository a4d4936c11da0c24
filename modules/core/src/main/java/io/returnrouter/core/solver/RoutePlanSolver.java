package io.returnrouter.core.solver;

import io.returnrouter.core.plan.RoutePlan;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Solves one plan on the calling thread. For concurrent jobs with cancellation use
 * {@link BatchPlanner}.
 */
public final class RoutePlanSolver {

    private final SolverFactory<RoutePlan> solverFactory;

    public RoutePlanSolver(SolverSettings settings, ClassLoader classLoader) {
        this.solverFactory = SolverFactory.create(RoutingSolverConfigs.create(settings, classLoader));
    }

    public SolveRun solve(RoutePlan problem, Consumer<ProgressEvent> progressListener) {
        Solver<RoutePlan> solver = solverFactory.buildSolver();
        List<ProgressEvent> progress = new ArrayList<>();
        long start = System.nanoTime();
        solver.addEventListener(event -> {
            if (event.getNewBestSolution().isFullyAssigned()) {
                ProgressEvent progressEvent = new ProgressEvent(Duration.ofNanos(System.nanoTime() - start),
                        event.getNewBestSolution().getScore());
                progress.add(progressEvent);
                progressListener.accept(progressEvent);
            }
        });
        RoutePlan best = solver.solve(problem);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        // The speed is only exposed by the implementation class; it is for reporting, not logic.
        long speed = solver instanceof DefaultSolver<RoutePlan> impl
                ? impl.getSolverScope().getScoreCalculationSpeed() : 0;
        return new SolveRun(best, elapsed, speed, progress);
    }
}
