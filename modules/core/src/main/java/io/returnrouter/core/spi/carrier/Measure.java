package io.returnrouter.core.spi.carrier;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.plan.ParcelSpec;

import java.util.Arrays;
import java.util.Optional;

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

    /**
     * The parcel the core planned, in millimetres. The core keeps the longest side L, the girth
     * G = L + 2(m + s) and the volume V = L·m·s of its box; the two other sides m ≥ s are the roots
     * of x² − ((G − L) / 2)·x + V / L. Empty for an abstract parcel without dimensions.
     */
    public static Optional<Measure> of(ParcelSpec spec) {
        long longest = spec.longestSideCm();
        if (longest <= 0 || spec.volumeCm3() <= 0 || spec.weightGrams() <= 0) {
            return Optional.empty();
        }
        double sum = (spec.girthCm() - longest) / 2.0;
        double product = spec.volumeCm3() / (double) longest;
        double root = Math.sqrt(Math.max(0, sum * sum - 4 * product));
        long middle = Math.max(1, Math.round((sum + root) / 2));
        long shortest = Math.max(1, Math.round((sum - root) / 2));
        return Optional.of(of((int) (longest * 10), (int) (middle * 10), (int) (shortest * 10), spec.weightGrams()));
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
