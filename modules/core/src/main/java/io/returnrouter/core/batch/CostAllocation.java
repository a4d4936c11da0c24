package io.returnrouter.core.batch;

import java.util.List;

/**
 * Splits a charge over its sharers in proportion to their weights, in whole cents, so that the
 * parts add up to the charge exactly (largest remainders get the leftover cents).
 */
final class CostAllocation {

    private CostAllocation() {
    }

    static long[] split(long totalCents, List<Long> weights) {
        int n = weights.size();
        long[] parts = new long[n];
        if (n == 0) {
            return parts;
        }
        long weightSum = weights.stream().mapToLong(Long::longValue).sum();
        if (weightSum == 0) {
            weights = java.util.Collections.nCopies(n, 1L);
            weightSum = n;
        }
        long allocated = 0;
        long[] remainders = new long[n];
        for (int k = 0; k < n; k++) {
            java.math.BigInteger product = java.math.BigInteger.valueOf(totalCents)
                    .multiply(java.math.BigInteger.valueOf(weights.get(k)));
            java.math.BigInteger[] qr = product.divideAndRemainder(java.math.BigInteger.valueOf(weightSum));
            parts[k] = qr[0].longValueExact();
            remainders[k] = qr[1].longValueExact();
            allocated += parts[k];
        }
        long left = totalCents - allocated;
        while (left > 0) {
            int best = 0;
            for (int k = 1; k < n; k++) {
                if (remainders[k] > remainders[best]) {
                    best = k;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            left--;
        }
        return parts;
    }
}
