package io.returnrouter.core.batch;

import io.returnrouter.core.solver.BindingPlace;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/**
 * One constraint's share of a plan's score: how many matches, what they cost and, for hard
 * constraints, the places and days where they bind (worst first, at most {@link #MAX_PLACES}).
 */
public record ConstraintSummary(String constraint, int matchCount, HardSoftLongScore score, List<BindingPlace> places) {

    /** Enough to act on; a plan of 100,000 returns must not store a place per parcel. */
    public static final int MAX_PLACES = 50;

    public ConstraintSummary {
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(score, "score");
        places = List.copyOf(places);
    }

    public ConstraintSummary(String constraint, int matchCount, HardSoftLongScore score) {
        this(constraint, matchCount, score, List.of());
    }

    /** A constraint's total from the score analysis, with its binding places when it is hard. */
    static ConstraintSummary of(ConstraintMatchTotal<HardSoftLongScore> total) {
        List<BindingPlace> places = total.getScore().hardScore() == 0 ? List.of()
                : total.getConstraintMatchSet().stream()
                        .map(match -> match.getJustification())
                        .filter(BindingPlace.class::isInstance)
                        .map(BindingPlace.class::cast)
                        .sorted(BindingPlace.WORST_FIRST)
                        .limit(MAX_PLACES)
                        .toList();
        return new ConstraintSummary(total.getConstraintName(), total.getConstraintMatchCount(), total.getScore(), places);
    }

    public boolean hard() {
        return score.hardScore() != 0;
    }
}
