package io.returnrouter.core.model;

/** Outer dimensions of an item or parcel in whole centimetres. */
public record Dimensions(int lengthCm, int widthCm, int heightCm) {

    public Dimensions {
        Checks.requirePositive(lengthCm, "lengthCm");
        Checks.requirePositive(widthCm, "widthCm");
        Checks.requirePositive(heightCm, "heightCm");
    }

    public long volumeCm3() {
        return (long) lengthCm * widthCm * heightCm;
    }

    public int longestSideCm() {
        return Math.max(lengthCm, Math.max(widthCm, heightCm));
    }

    /** Carriers measure girth as the longest side plus twice each of the two others. */
    public int girthCm() {
        int longest = longestSideCm();
        int others = lengthCm + widthCm + heightCm - longest;
        return longest + 2 * others;
    }
}
