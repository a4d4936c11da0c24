package io.returnrouter.carriers.support;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Dimensions;

import java.util.Arrays;

/**
 * A parcel as a carrier measures it: outer sides in millimetres and weight in grams, so that a
 * limit can be checked to the millimetre and the gram. Sides are kept sorted, longest first.
 */
public record Measure(int longestMm, int middleMm, int shortestMm, int weightGrams) {

    public Measure {
        Checks.requirePositive(longestMm, "longestMm");
        Checks.requirePositive(middleMm, "middleMm");
        Checks.requirePositive(shortestMm, "shortestMm");
        Checks.requirePositive(weightGrams, "weightGrams");
        if (longestMm < middleMm || middleMm < shortestMm) {
            throw new IllegalArgumentException("sides must be sorted longest first; use Measure.of");
        }
    }

    /** Sides in any order. */
    public static Measure of(int aMm, int bMm, int cMm, int weightGrams) {
        int[] sides = {aMm, bMm, cMm};
        Arrays.sort(sides);
        return new Measure(sides[2], sides[1], sides[0], weightGrams);
    }

    public static Measure of(Dimensions cm, int weightGrams) {
        return of(cm.lengthCm() * 10, cm.widthCm() * 10, cm.heightCm() * 10, weightGrams);
    }

    /** Length plus girth, the way parcel carriers state it: longest side + 2 x (the other two). */
    public long lengthPlusGirthMm() {
        return longestMm + 2L * (middleMm + shortestMm);
    }

    public long volumeCm3() {
        // Rounded up: a carrier never charges for less than the parcel occupies.
        long mm3 = (long) longestMm * middleMm * shortestMm;
        return (mm3 + 999) / 1_000;
    }

    @Override
    public String toString() {
        return longestMm + "x" + middleMm + "x" + shortestMm + " mm, " + weightGrams + " g";
    }
}
