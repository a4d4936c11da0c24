package io.returnrouter.core.batch;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** One constraint's share of a plan's score: how many matches and what they cost. */
public record ConstraintSummary(String constraint, int matchCount, HardSoftLongScore score) {

    public boolean hard() {
        return score.hardScore() != 0;
    }
}
