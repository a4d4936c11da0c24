package io.returnrouter.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Picks values in proportion to whole-number weights. Filled once, then only read; the randomness is the caller's. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Long> cumulative = new ArrayList<>();
    private long total;

    Weighted<T> add(T value, long weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("weight must not be negative, was " + weight);
        }
        if (weight > 0) {
            total += weight;
            values.add(value);
            cumulative.add(total);
        }
        return this;
    }

    long total() {
        return total;
    }

    T pick(SplittableRandom random) {
        if (total == 0) {
            throw new IllegalStateException("nothing to pick from");
        }
        long ticket = random.nextLong(total);
        int low = 0;
        int high = cumulative.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative.get(mid) > ticket) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return values.get(low);
    }
}
