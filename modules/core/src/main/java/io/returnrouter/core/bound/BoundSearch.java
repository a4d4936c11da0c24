package io.returnrouter.core.bound;

import io.returnrouter.core.plan.RoutePlan;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a {@link LagrangianBound} on its own thread beside the search, so the search's score
 * calculation is untouched: the search only reports each new best feasible cost
 * ({@link #offer}), which the bound uses as its step target. The bound stops on its own when it
 * converges or proves the best plan optimal, else when {@link #finish} is called. It works at
 * most half of the wall-clock time (it sleeps as long as each iteration took), so on a machine
 * whose cores are all busy with searches it takes no more than half a core from them.
 */
public final class BoundSearch {

    /** Share of wall-clock time the bound may compute. */
    private static final double WORK_SHARE = 0.5;

    private static final Logger LOG = Logger.getLogger(BoundSearch.class.getName());

    private final RoutePlan problem;
    private volatile LagrangianBound bound;
    private final AtomicLong upper = new AtomicLong(Long.MAX_VALUE);
    private final Thread thread;
    private final long start = System.nanoTime();
    private volatile boolean stop;
    private volatile long endedAt;
    private volatile RuntimeException failure;

    private BoundSearch(RoutePlan problem) {
        this.problem = problem;
        this.thread = new Thread(this::run, "lower-bound");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /**
     * Starts building the relaxation on its own thread and improving it. It reads only what the
     * search never changes (the parcels' options, volumes and rules, the hubs), so the search may
     * start at once on the same plan.
     */
    public static BoundSearch start(RoutePlan problem) {
        BoundSearch search = new BoundSearch(problem);
        search.thread.start();
        return search;
    }

    /** A feasible plan of this cost exists (a new best of the search, or the greedy baseline). */
    public void offer(long feasibleCostCents) {
        upper.accumulateAndGet(feasibleCostCents, Math::min);
    }

    /**
     * Stops the bound (waiting for its current iteration) and returns the best bound reached;
     * null if the bound failed, which must not cost the plan its result (the failure is logged).
     */
    public LowerBound finish() {
        stop = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null || bound == null) {
            LOG.log(Level.WARNING, "lower bound failed; the plan is reported without one", failure);
            return null;
        }
        long end = endedAt == 0 ? System.nanoTime() : endedAt;
        return new LowerBound(bound.bestCents(), bound.iterations(), Duration.ofNanos(end - start));
    }

    private void run() {
        long[] since = {System.nanoTime()};
        try {
            bound = LagrangianBound.of(problem);
            since[0] = System.nanoTime();
            bound.improve(upper::get, () -> {
                pace(since);
                return stop;
            });
        } catch (RuntimeException | OutOfMemoryError e) {
            // a bound too big for the heap must not take the plan down with it
            failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            endedAt = System.nanoTime();
        }
    }

    /** Sleeps so that the work since the last call is at most the work share of the time. */
    private void pace(long[] since) {
        long worked = System.nanoTime() - since[0];
        long pause = (long) (worked * (1 - WORK_SHARE) / WORK_SHARE);
        if (pause > 0 && !stop) {
            try {
                Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop = true;
            }
        }
        since[0] = System.nanoTime();
    }
}
