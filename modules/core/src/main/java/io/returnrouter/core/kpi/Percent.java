package io.returnrouter.core.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages with one decimal, rounded half up; absent (null) when the whole is zero. */
final class Percent {

    private Percent() {
    }

    static BigDecimal of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
