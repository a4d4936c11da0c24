package io.returnrouter.carriers.support;

import io.returnrouter.core.spi.carrier.Measure;

import java.util.List;

/**
 * A published limit as test cases: parcels exactly at the limit, and parcels 1 mm or 1 g over
 * it on each measure the limit has. Built from the figures the carrier publishes, independently
 * of the module's data file.
 */
public record Limit(String description, List<Measure> atLimit, List<Measure> over) {

    /** A box (locker compartment or maximum parcel) of three sides, plus a weight. */
    public static Limit box(int aMm, int bMm, int cMm, int weightGrams) {
        return new Limit(aMm + "x" + bMm + "x" + cMm + " mm, " + weightGrams + " g",
                List.of(Measure.of(aMm, bMm, cMm, weightGrams)),
                List.of(Measure.of(aMm + 1, bMm, cMm, weightGrams), Measure.of(aMm, bMm + 1, cMm, weightGrams),
                        Measure.of(aMm, bMm, cMm + 1, weightGrams), Measure.of(aMm, bMm, cMm, weightGrams + 1)));
    }

    /** A maximum length and weight, no girth rule. */
    public static Limit length(int maxLengthMm, int weightGrams) {
        return new Limit("length " + maxLengthMm + " mm, " + weightGrams + " g",
                List.of(Measure.of(maxLengthMm, 100, 100, weightGrams)),
                List.of(Measure.of(maxLengthMm + 1, 100, 100, weightGrams),
                        Measure.of(maxLengthMm, 100, 100, weightGrams + 1)));
    }

    /**
     * A maximum length, length + girth and weight. The parcel at the limit meets the length and the
     * length + girth exactly; one side 1 mm longer breaks the girth rule.
     */
    public static Limit lengthAndGirth(int maxLengthMm, int maxLengthPlusGirthMm, int weightGrams) {
        int sidesSum = (maxLengthPlusGirthMm - maxLengthMm) / 2;
        if (maxLengthMm + 2 * sidesSum != maxLengthPlusGirthMm) {
            throw new IllegalArgumentException("length + girth minus length must be even");
        }
        int middle = (sidesSum + 1) / 2;
        int shortest = sidesSum / 2;
        return new Limit("length " + maxLengthMm + " mm, length+girth " + maxLengthPlusGirthMm + " mm, "
                + weightGrams + " g",
                List.of(Measure.of(maxLengthMm, middle, shortest, weightGrams),
                        Measure.of(maxLengthMm, 100, 100, weightGrams)),
                List.of(Measure.of(maxLengthMm + 1, 100, 100, weightGrams),
                        Measure.of(maxLengthMm, middle, shortest + 1, weightGrams),
                        Measure.of(maxLengthMm, middle, shortest, weightGrams + 1)));
    }
}
