package io.returnrouter.core.sscflp;

import java.util.Random;

/** Seeded random facility-location instances for tests, small enough to reason about. */
public final class RandomSscflpInstances {

    private RandomSscflpInstances() {
    }

    /**
     * Capacities 30–44 and demands 5–14, so that a facility holds only a few customers and the
     * cheapest ones overflow; fixed costs 100–299, assignment costs 10–99.
     */
    public static SscflpInstance generate(String name, long seed, int facilities, int customers) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(facilities + " " + customers + "\n");
        for (int i = 0; i < facilities; i++) {
            text.append(30 + random.nextInt(15)).append(' ').append(100 + random.nextInt(200)).append('\n');
        }
        for (int j = 0; j < customers; j++) {
            text.append(5 + random.nextInt(10)).append(' ');
        }
        text.append('\n');
        for (int t = 0; t < facilities * customers; t++) {
            text.append(10 + random.nextInt(90)).append(' ');
        }
        return SscflpParser.parse(name, text.toString());
    }

    /** The cheapest assignment that respects every capacity, by enumerating all of them. */
    public static long bruteForceOptimum(SscflpInstance instance) {
        int m = instance.facilityCount();
        int n = instance.customerCount();
        long best = Long.MAX_VALUE;
        int[] assignment = new int[n];
        long combinations = (long) Math.pow(m, n);
        for (long code = 0; code < combinations; code++) {
            long rest = code;
            for (int j = 0; j < n; j++) {
                assignment[j] = (int) (rest % m);
                rest /= m;
            }
            if (instance.respectsCapacities(assignment)) {
                best = Math.min(best, instance.objective(assignment));
            }
        }
        return best;
    }
}
