package io.returnrouter.core.sscflp;

import java.math.BigDecimal;
import java.time.Duration;

/** One benchmark run: costs in the instance's own units. */
public record SscflpResult(String instance, BigDecimal cost, boolean feasible, Duration elapsed,
                           BigDecimal greedyCost, boolean greedyFeasible, long scoreCalculationsPerSecond) {

    /** The single JSON line the CLI prints. */
    public String toJson() {
        return "{\"instance\":\"" + instance.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                + ",\"cost\":" + cost.toPlainString()
                + ",\"feasible\":" + feasible
                + ",\"seconds\":" + BigDecimal.valueOf(elapsed.toMillis(), 3).toPlainString()
                + ",\"greedyCost\":" + greedyCost.toPlainString() + "}";
    }
}
