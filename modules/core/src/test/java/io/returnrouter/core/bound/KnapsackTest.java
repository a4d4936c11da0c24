package io.returnrouter.core.bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

/** The knapsack relaxations against enumeration of every subset. */
class KnapsackTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void exactWhenTheProgrammeFitsAndNeverAboveTheMinimumWhenScaled(long seed) {
        Random random = new Random(seed);
        int n = 12;
        double[] cost = new double[n];
        long[] weight = new long[n];
        for (int i = 0; i < n; i++) {
            cost[i] = random.nextInt(200) - 150 + random.nextDouble();
            weight[i] = 1 + random.nextInt(40);
        }
        long smallCapacity = 60 + random.nextInt(40);
        long hugeScale = 1_000_000L;
        double[] chosen = new double[n];

        double exact = new Knapsack().minimum(cost, weight, n, smallCapacity, chosen);
        assertThat(exact).isCloseTo(bruteForce(cost, weight, smallCapacity), within(1e-9));
        double chosenWeight = 0;
        double chosenCost = 0;
        for (int i = 0; i < n; i++) {
            chosenWeight += chosen[i] * weight[i];
            chosenCost += chosen[i] * cost[i];
        }
        assertThat(chosenWeight).isLessThanOrEqualTo(smallCapacity);
        assertThat(chosenCost).isCloseTo(exact, within(1e-9));

        // weights so large that the programme must scale them: a relaxation, never above the minimum
        long[] big = new long[n];
        for (int i = 0; i < n; i++) {
            big[i] = weight[i] * hugeScale + random.nextInt(1_000);
        }
        double scaled = new Knapsack().minimum(cost, big, n, smallCapacity * hugeScale, chosen);
        assertThat(scaled).isLessThanOrEqualTo(bruteForce(cost, big, smallCapacity * hugeScale) + 1e-9);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void byCountTakesTheMostNegativeItems(long seed) {
        Random random = new Random(seed);
        int n = 10;
        double[] cost = new double[n];
        long[] ones = new long[n];
        for (int i = 0; i < n; i++) {
            cost[i] = random.nextInt(100) - 60;
            ones[i] = 1;
        }
        double[] chosen = new double[n];

        double value = Knapsack.minimumByCount(cost, n, 3, chosen, new int[n]);

        assertThat(value).isCloseTo(bruteForce(cost, ones, 3), within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void penaltyBeyondAFreeWeightNeverAboveTheWholeChoicesMinimum(long seed) {
        Random random = new Random(seed);
        int n = 12;
        double[] cost = new double[n];
        long[] weight = new long[n];
        for (int i = 0; i < n; i++) {
            cost[i] = random.nextInt(200) - 150;
            weight[i] = 1 + random.nextInt(20);
        }
        long capacity = 50 + random.nextInt(60);
        long free = 10 + random.nextInt(20);
        double rate = random.nextDouble() * 8;
        double best = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            long w = 0;
            double c = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    w += weight[i];
                    c += cost[i];
                }
            }
            if (w <= capacity) {
                best = Math.min(best, c + rate * Math.max(0, w - free));
            }
        }

        double bound = new Knapsack().minimumWithPenalty(cost, weight, n, capacity, free, rate, new double[n]);

        assertThat(bound).isLessThanOrEqualTo(best + 1e-9);
        assertThat(bound).isGreaterThanOrEqualTo(best - Math.abs(best) * 0.5 - 200);
    }

    private static double bruteForce(double[] cost, long[] weight, long capacity) {
        double best = 0;
        for (int mask = 0; mask < 1 << cost.length; mask++) {
            long w = 0;
            double c = 0;
            for (int i = 0; i < cost.length; i++) {
                if ((mask & 1 << i) != 0) {
                    w += weight[i];
                    c += cost[i];
                }
            }
            if (w <= capacity) {
                best = Math.min(best, c);
            }
        }
        return best;
    }
}
