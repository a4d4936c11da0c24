package io.returnrouter.core.solver;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import java.time.Duration;
import java.util.Objects;

/** A new best plan was found: its score and when, counted from the start of solving. */
public record ProgressEvent(Duration elapsed, HardSoftLongScore bestScore) {

    public ProgressEvent {
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(bestScore, "bestScore");
    }

    public boolean feasible() {
        return bestScore.isFeasible();
    }

    /** The plan's cost in euro cents (the soft score is its negation). */
    public long costCents() {
        return -bestScore.softScore();
    }
}
