package io.returnrouter.api.plans;

import io.returnrouter.core.solver.ProgressEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a plan being solved has reached so far; held in memory, stored when the plan finishes. */
final class LivePlan {

    private final List<ProgressEvent> progress = new CopyOnWriteArrayList<>();
    private volatile boolean cancelRequested;
    private volatile boolean started;

    void record(ProgressEvent event) {
        started = true;
        progress.add(event);
    }

    List<ProgressEvent> progress() {
        return List.copyOf(progress);
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
