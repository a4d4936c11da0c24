package io.returnrouter.api.plans;

import io.returnrouter.core.solver.ProgressEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** What a plan being solved has reached so far; held in memory, stored when the plan finishes. */
final class LivePlan {

    private final List<ProgressEvent> progress = new CopyOnWriteArrayList<>();
    private volatile boolean cancelRequested;
    private volatile boolean started;
    private final AtomicLong lastStoredNanos = new AtomicLong(System.nanoTime() - STORE_EVERY_NANOS);

    /** How often progress is written to the database while solving. */
    private static final long STORE_EVERY_NANOS = 1_000_000_000L;

    void record(ProgressEvent event) {
        started = true;
        progress.add(event);
    }

    List<ProgressEvent> progress() {
        return List.copyOf(progress);
    }

    /** True at most once a second: whether the caller should store the progress now. */
    boolean storeDue(long nowNanos) {
        long last = lastStoredNanos.get();
        return nowNanos - last >= STORE_EVERY_NANOS && lastStoredNanos.compareAndSet(last, nowNanos);
    }

    void markStarted() {
        started = true;
    }

    boolean started() {
        return started;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }
}
