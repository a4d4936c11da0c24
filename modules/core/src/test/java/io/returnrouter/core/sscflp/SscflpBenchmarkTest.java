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

    private static long bruteForceOptimum(SscflpInstance instance) {
        long best = Long.MAX_VALUE;
        int[] assignment = new int[CUSTOMERS];
        long combinations = (long) Math.pow(FACILITIES, CUSTOMERS);
        for (long code = 0; code < combinations; code++) {
            long rest = code;
            for (int j = 0; j < CUSTOMERS; j++) {
                assignment[j] = (int) (rest % FACILITIES);
                rest /= FACILITIES;
            }
            if (instance.respectsCapacities(assignment)) {
                best = Math.min(best, instance.objective(assignment));
            }
        }
        return best;
    }

    @Test
    void findsTheProvenOptimumOfASmallInstanceWithTheProductionConstraints() {
        SscflpInstance instance = instance();
        long optimum = bruteForceOptimum(instance);
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
