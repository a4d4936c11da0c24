package io.returnrouter.core.model;

/** What a service or a drop-off point accepts per parcel. */
public record SizeLimits(int maxLongestSideCm, int maxGirthCm, int maxWeightGrams) {

    public static final SizeLimits UNLIMITED = new SizeLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    public SizeLimits {
        Checks.requirePositive(maxLongestSideCm, "maxLongestSideCm");
        Checks.requirePositive(maxGirthCm, "maxGirthCm");
        Checks.requirePositive(maxWeightGrams, "maxWeightGrams");
    }

    public boolean accepts(int longestSideCm, int girthCm, int weightGrams) {
        return longestSideCm <= maxLongestSideCm && girthCm <= maxGirthCm && weightGrams <= maxWeightGrams;
    }
}
