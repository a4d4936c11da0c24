package io.returnrouter.core.sscflp;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * One benchmark run: costs in the instance's own units.
 *
 * @param lowerBound        no feasible assignment costs less (Lagrangian bound, see core.bound)
 * @param gapToBoundPercent (cost - lowerBound) / lowerBound in percent; null when the bound is not positive
 * @param boundIterations   subgradient iterations the bound ran beside the search
 */
public record SscflpResult(String instance, BigDecimal cost, boolean feasible, Duration elapsed,
                           BigDecimal greedyCost, boolean greedyFeasible, long scoreCalculationsPerSecond,
                           BigDecimal lowerBound, BigDecimal gapToBoundPercent, int boundIterations) {

    /** The single JSON line the CLI prints. */
    public String toJson() {
        return "{\"instance\":\"" + instance.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                + ",\"cost\":" + cost.toPlainString()
                + ",\"feasible\":" + feasible
                + ",\"seconds\":" + BigDecimal.valueOf(elapsed.toMillis(), 3).toPlainString()
                + ",\"greedyCost\":" + greedyCost.toPlainString()
                + ",\"lowerBound\":" + lowerBound.toPlainString()
                + ",\"gapToBoundPercent\":" + (gapToBoundPercent == null ? "null" : gapToBoundPercent.toPlainString())
                + "}";
    }
}
