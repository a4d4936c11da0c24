package io.returnrouter.core.bound;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * A proven lower bound on the cost of every feasible plan of a problem.
 *
 * @param cents      the bound in euro cents (the soft cost's unit)
 * @param iterations subgradient iterations spent
 * @param elapsed    time the bound ran beside the search
 */
public record LowerBound(long cents, int iterations, Duration elapsed) {

    /**
     * How far a cost lies above the bound, in percent of the bound (the convention of the gap to
     * a proven optimum), rounded half up to {@code decimals}; null when the bound is not positive.
     */
    public BigDecimal gapPercent(long costCents, int decimals) {
        if (cents <= 0) {
            return null;
        }
        return BigDecimal.valueOf(costCents - cents).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(cents), decimals, RoundingMode.HALF_UP);
    }
}
