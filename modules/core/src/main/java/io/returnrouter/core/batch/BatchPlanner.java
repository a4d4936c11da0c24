package io.returnrouter.core.batch;

import io.returnrouter.core.baseline.GreedyBaseline;
import io.returnrouter.core.bound.BoundSearch;
import io.returnrouter.core.bound.LowerBound;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.solver.PlanScorer;
import io.returnrouter.core.solver.ProgressEvent;
import io.returnrouter.core.solver.RoutingSolverConfigs;
import io.returnrouter.core.solver.SolverSettings;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.solver.SolverManagerConfig;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Plans batches asynchronously on OptaPlanner's {@link SolverManager}: a plain Java facade that a
 * Liberty application-scoped bean can own (create once with the application's class loader,
 * close on shutdown). Thread-safe.
 */
public final class BatchPlanner implements AutoCloseable {

    private final SolverManager<RoutePlan, String> solverManager;
    private final PlanScorer scorer;

    public BatchPlanner(SolverSettings settings, ClassLoader classLoader, int parallelJobs) {
        if (parallelJobs < 1) {
            throw new IllegalArgumentException("parallelJobs must be at least 1, was " + parallelJobs);
        }
        this.solverManager = SolverManager.create(RoutingSolverConfigs.create(settings, classLoader),
                new SolverManagerConfig().withParallelSolverCount(String.valueOf(parallelJobs)));
        this.scorer = new PlanScorer(classLoader);
    }

    /**
     * Starts planning; the future completes with the best plan when a termination is reached or
     * {@link #terminateEarly} is called. {@code progress} hears every new best score. A lower
     * bound ({@link BoundSearch}) is improved on its own thread meanwhile and reported with the
     * result.
     */
    public CompletableFuture<PlanResult> plan(String jobId, BatchProblem problem, Consumer<ProgressEvent> progress) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(progress, "progress");
        RoutePlan greedy = GreedyBaseline.assign(problem.plan());
        HardSoftLongScore greedyScore = scorer.score(greedy);
        BoundSearch bound = BoundSearch.start(problem.plan());
        if (greedyScore.isFeasible()) {
            bound.offer(-greedyScore.softScore());
        }
        List<ProgressEvent> events = new CopyOnWriteArrayList<>();
        CompletableFuture<PlanResult> result = new CompletableFuture<>();
        long start = System.nanoTime();
        solverManager.solveAndListen(jobId, id -> problem.plan(), best -> {
            if (best.isFullyAssigned()) {
                ProgressEvent event = new ProgressEvent(Duration.ofNanos(System.nanoTime() - start), best.getScore());
                events.add(event);
                if (event.feasible()) {
                    bound.offer(event.costCents());
                }
                progress.accept(event);
            }
        }, best -> {
            try {
                LowerBound lowerBound = bound.finish();
                result.complete(explain(best, greedyScore, problem, events, Duration.ofNanos(System.nanoTime() - start),
                        lowerBound));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, (id, failure) -> {
            bound.finish();
            result.completeExceptionally(failure);
        });
        return result;
    }

    public SolverStatus status(String jobId) {
        return solverManager.getSolverStatus(jobId);
    }

    public void terminateEarly(String jobId) {
        solverManager.terminateEarly(jobId);
    }

    /** Score, binding constraints and per-parcel breakdown of a plan, without solving. */
    public PlanResult explain(RoutePlan plan, HardSoftLongScore greedyScore, BatchProblem problem,
                              List<ProgressEvent> progress, Duration elapsed) {
        return explain(plan, greedyScore, problem, progress, elapsed, null);
    }

    /** As {@link #explain(RoutePlan, HardSoftLongScore, BatchProblem, List, Duration)}, with the bound reached. */
    public PlanResult explain(RoutePlan plan, HardSoftLongScore greedyScore, BatchProblem problem,
                              List<ProgressEvent> progress, Duration elapsed, LowerBound lowerBound) {
        ScoreExplanation<RoutePlan, HardSoftLongScore> explanation = scorer.explain(plan);
        List<ConstraintSummary> constraints = explanation.getConstraintMatchTotalMap().values().stream()
                .map(ConstraintSummary::of)
                .sorted(Comparator.comparing(ConstraintSummary::score))
                .toList();
        return new PlanResult(plan, explanation.getScore(), greedyScore, constraints, CostBreakdowns.of(plan),
                problem.rejected(), progress, elapsed, lowerBound);
    }

    @Override
    public void close() {
        solverManager.close();
    }
}
