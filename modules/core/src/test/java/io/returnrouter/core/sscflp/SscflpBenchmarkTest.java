package io.returnrouter.core.sscflp;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.solver.SolverSettings;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/** Solver smoke test: a small instance whose optimum is found by brute force. */
class SscflpBenchmarkTest {

    private static final int FACILITIES = 4;
    private static final int CUSTOMERS = 9;

    /** Seeded random instance with tight capacities, so that the cheapest facilities overflow. */
    private static SscflpInstance instance() {
        return RandomSscflpInstances.generate("brute", 7, FACILITIES, CUSTOMERS);
    }

    @Test
    void findsTheProvenOptimumOfASmallInstanceWithTheProductionConstraints() {
        SscflpInstance instance = instance();
        long optimum = RandomSscflpInstances.bruteForceOptimum(instance);
        SolverSettings settings = new SolverSettings(Duration.ofSeconds(20), Duration.ofSeconds(2),
                io.returnrouter.core.solver.SearchStrategy.LATE_ACCEPTANCE, java.util.OptionalLong.of(1), "NONE",
                false);

        SscflpResult result = new SscflpBenchmark(settings, getClass().getClassLoader()).run(instance);

        assertThat(result.feasible()).isTrue();
        assertThat(result.cost()).isEqualByComparingTo(instance.toInstanceUnits(optimum));
        assertThat(result.greedyCost()).isGreaterThanOrEqualTo(result.cost());
        assertThat(result.toJson()).startsWith("{\"instance\":\"brute\",\"cost\":" + optimum + ",\"feasible\":true,");
    }
}
