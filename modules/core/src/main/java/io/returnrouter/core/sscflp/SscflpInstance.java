package io.returnrouter.core.sscflp;

import io.returnrouter.core.model.Checks;

import java.math.BigDecimal;

/**
 * A single-source capacitated facility location instance in exact integer units: every cost is
 * multiplied by 10^costDecimals and every demand and capacity by 10^quantityDecimals, so that
 * fractional benchmark costs stay exact (no double arithmetic on money).
 */
public record SscflpInstance(String name, long[] capacities, long[] fixedCosts, long[] demands, long[][] costs,
                             int costDecimals, int quantityDecimals) {

    public SscflpInstance {
        Checks.requireText(name, "name");
        int m = capacities.length;
        int n = demands.length;
        if (m == 0 || n == 0) {
            throw new IllegalArgumentException("an instance needs at least one facility and one customer");
        }
        if (fixedCosts.length != m || costs.length != m) {
            throw new IllegalArgumentException("fixed costs and cost rows must have one entry per facility");
        }
        for (long[] row : costs) {
            if (row.length != n) {
                throw new IllegalArgumentException("every cost row must have one entry per customer");
            }
        }
    }

    public int facilityCount() {
        return capacities.length;
    }

    public int customerCount() {
        return demands.length;
    }

    /** Converts a cost in scaled integer units back to the instance's own units. */
    public BigDecimal toInstanceUnits(long scaledCost) {
        return BigDecimal.valueOf(scaledCost, costDecimals).stripTrailingZeros();
    }

    /** The objective of an assignment (facility index per customer): fixed costs of used facilities plus assignment costs. */
    public long objective(int[] facilityOfCustomer) {
        boolean[] open = new boolean[facilityCount()];
        long total = 0;
        for (int j = 0; j < customerCount(); j++) {
            int i = facilityOfCustomer[j];
            total += costs[i][j];
            if (!open[i]) {
                open[i] = true;
                total += fixedCosts[i];
            }
        }
        return total;
    }

    /** Whether an assignment respects every capacity. */
    public boolean respectsCapacities(int[] facilityOfCustomer) {
        long[] load = new long[facilityCount()];
        for (int j = 0; j < customerCount(); j++) {
            load[facilityOfCustomer[j]] += demands[j];
        }
        for (int i = 0; i < facilityCount(); i++) {
            if (load[i] > capacities[i]) {
                return false;
            }
        }
        return true;
    }
}
