package io.returnrouter.carriers.support;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.SizeLimits;
import io.returnrouter.core.spi.carrier.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A carrier's published limits for a service or a kind of drop-off point, in millimetres and
 * grams. Any limit may be absent (zero means "not limited") except the weight. A box limit (a
 * locker compartment) is checked side by side after sorting, so a parcel may be turned to fit.
 */
public record PublishedLimits(int boxLongestMm, int boxMiddleMm, int boxShortestMm, int maxLengthMm,
                              int maxLengthPlusGirthMm, int maxWeightGrams) {

    public PublishedLimits {
        Checks.requireNonNegative(boxLongestMm, "boxLongestMm");
        Checks.requireNonNegative(boxMiddleMm, "boxMiddleMm");
        Checks.requireNonNegative(boxShortestMm, "boxShortestMm");
        Checks.requireNonNegative(maxLengthMm, "maxLengthMm");
        Checks.requireNonNegative(maxLengthPlusGirthMm, "maxLengthPlusGirthMm");
        Checks.requirePositive(maxWeightGrams, "maxWeightGrams");
        boolean anyBox = boxLongestMm > 0 || boxMiddleMm > 0 || boxShortestMm > 0;
        boolean fullBox = boxLongestMm > 0 && boxMiddleMm > 0 && boxShortestMm > 0;
        if (anyBox && !fullBox) {
            throw new IllegalArgumentException("a box limit needs all three sides");
        }
        if (fullBox && (boxLongestMm < boxMiddleMm || boxMiddleMm < boxShortestMm)) {
            throw new IllegalArgumentException("box sides must be sorted longest first, were " + boxLongestMm + "x"
                    + boxMiddleMm + "x" + boxShortestMm);
        }
    }

    public boolean hasBox() {
        return boxLongestMm > 0;
    }

    /**
     * Whether the parcel is within every limit: {@link #refusal} without its words. Quotes ask
     * this for every nearby drop-off point, so it must not build the explanation each time.
     */
    public boolean takes(Measure parcel) {
        return !tooHeavy(parcel) && !outsideBox(parcel) && !tooLong(parcel) && !tooGirthy(parcel);
    }

    /** Why the carrier refuses the parcel, or empty when it is within every limit. */
    public Optional<String> refusal(Measure parcel) {
        List<String> reasons = new ArrayList<>();
        if (tooHeavy(parcel)) {
            reasons.add("weight " + parcel.weightGrams() + " g exceeds " + maxWeightGrams + " g");
        }
        if (outsideBox(parcel)) {
            reasons.add(parcel.longestMm() + "x" + parcel.middleMm() + "x" + parcel.shortestMm()
                    + " mm does not fit " + boxLongestMm + "x" + boxMiddleMm + "x" + boxShortestMm + " mm");
        }
        if (tooLong(parcel)) {
            reasons.add("length " + parcel.longestMm() + " mm exceeds " + maxLengthMm + " mm");
        }
        if (tooGirthy(parcel)) {
            reasons.add("length + girth " + parcel.lengthPlusGirthMm() + " mm exceeds " + maxLengthPlusGirthMm + " mm");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", reasons));
    }

    private boolean tooHeavy(Measure parcel) {
        return parcel.weightGrams() > maxWeightGrams;
    }

    private boolean outsideBox(Measure parcel) {
        return hasBox() && (parcel.longestMm() > boxLongestMm || parcel.middleMm() > boxMiddleMm
                || parcel.shortestMm() > boxShortestMm);
    }

    private boolean tooLong(Measure parcel) {
        return maxLengthMm > 0 && parcel.longestMm() > maxLengthMm;
    }

    private boolean tooGirthy(Measure parcel) {
        return maxLengthPlusGirthMm > 0 && parcel.lengthPlusGirthMm() > maxLengthPlusGirthMm;
    }

    /**
     * The core's coarser view (whole centimetres, longest side and girth): rounded down so the
     * core never offers a parcel the carrier refuses on these two measures. A box's middle and
     * shortest sides have no core counterpart; the carrier module checks them exactly.
     */
    public SizeLimits toCoreLimits() {
        int longestMm = Integer.MAX_VALUE;
        long girthMm = Long.MAX_VALUE;
        if (hasBox()) {
            longestMm = boxLongestMm;
            girthMm = boxLongestMm + 2L * (boxMiddleMm + boxShortestMm);
        }
        if (maxLengthMm > 0) {
            longestMm = Math.min(longestMm, maxLengthMm);
        }
        if (maxLengthPlusGirthMm > 0) {
            girthMm = Math.min(girthMm, maxLengthPlusGirthMm);
        }
        return new SizeLimits(longestMm == Integer.MAX_VALUE ? Integer.MAX_VALUE : longestMm / 10,
                girthMm == Long.MAX_VALUE ? Integer.MAX_VALUE : (int) (girthMm / 10), maxWeightGrams);
    }

    /** For listings, e.g. "60x35x35 cm, 31.5 kg". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (hasBox()) {
            parts.add(cm(boxLongestMm) + "x" + cm(boxMiddleMm) + "x" + cm(boxShortestMm) + " cm");
        }
        if (maxLengthMm > 0) {
            parts.add("length <= " + cm(maxLengthMm) + " cm");
        }
        if (maxLengthPlusGirthMm > 0) {
            parts.add("length+girth <= " + cm(maxLengthPlusGirthMm) + " cm");
        }
        parts.add(kg(maxWeightGrams) + " kg");
        return String.join(", ", parts);
    }

    static String cm(int mm) {
        return BigDecimal.valueOf(mm, 1).stripTrailingZeros().toPlainString();
    }

    static String kg(int grams) {
        return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString();
    }
}
