package io.returnrouter.core.solver;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How long and how a batch plan is solved.
 *
 * @param spentLimit      hard time budget
 * @param unimprovedLimit stop earlier when the best plan has not improved for this long
 * @param randomSeed      set for reproducible runs (tests): same input, same plan
 * @param moveThreadCount OptaPlanner's move threads: "NONE", "AUTO" or a number
 * @param fullAssert      checks every score incrementally against a full recalculation (slow)
 */
public record SolverSettings(Duration spentLimit, Duration unimprovedLimit, SearchStrategy strategy,
                             OptionalLong randomSeed, String moveThreadCount, boolean fullAssert) {

    public SolverSettings {
        requirePositive(spentLimit, "spentLimit");
        requirePositive(unimprovedLimit, "unimprovedLimit");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(randomSeed, "randomSeed");
        Objects.requireNonNull(moveThreadCount, "moveThreadCount");
    }

    public static SolverSettings forSeconds(long seconds) {
        return new SolverSettings(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds),
                SearchStrategy.TABU_SEARCH, OptionalLong.empty(), "NONE", false);
    }

    public SolverSettings withUnimprovedLimit(Duration limit) {
        return new SolverSettings(spentLimit, limit, strategy, randomSeed, moveThreadCount, fullAssert);
    }

    public SolverSettings withStrategy(SearchStrategy newStrategy) {
        return new SolverSettings(spentLimit, unimprovedLimit, newStrategy, randomSeed, moveThreadCount, fullAssert);
    }

    public SolverSettings reproducible(long seed) {
        return new SolverSettings(spentLimit, unimprovedLimit, strategy, OptionalLong.of(seed), moveThreadCount,
                fullAssert);
    }

    public SolverSettings withMoveThreadCount(String count) {
        return new SolverSettings(spentLimit, unimprovedLimit, strategy, randomSeed, count, fullAssert);
    }

    public SolverSettings withFullAssert() {
        return new SolverSettings(spentLimit, unimprovedLimit, strategy, randomSeed, moveThreadCount, true);
    }

    private static void requirePositive(Duration duration, String field) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(field + " must be a positive duration, was " + duration);
        }
    }
}
