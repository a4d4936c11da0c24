package io.returnrouter.core.solver;

import io.returnrouter.core.plan.RoutePlan;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one solver run.
 *
 * @param scoreCalculationsPerSecond OptaPlanner's own count, for the performance report
 */
public record SolveRun(RoutePlan best, Duration elapsed, long scoreCalculationsPerSecond,
                       List<ProgressEvent> progress) {

    public SolveRun {
        progress = List.copyOf(progress);
    }
}
