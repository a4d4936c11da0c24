package io.returnrouter.core.plan;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.HandlingClass;
import io.returnrouter.core.model.ReturnItem;

import java.util.List;
import java.util.Objects;

/**
 * What is inside a parcel and how big it is. A parcel without items stands for an abstract demand
 * (e.g. a customer of a facility-location benchmark).
 */
public record ParcelSpec(HandlingClass handlingClass, List<ReturnItem> items, int longestSideCm, int girthCm,
                         long volumeCm3, int weightGrams, long valueCents) {

    public ParcelSpec {
        Objects.requireNonNull(handlingClass, "handlingClass");
        items = List.copyOf(items);
        Checks.requireNonNegative(longestSideCm, "longestSideCm");
        Checks.requireNonNegative(girthCm, "girthCm");
        Checks.requireNonNegative(volumeCm3, "volumeCm3");
        Checks.requireNonNegative(weightGrams, "weightGrams");
        Checks.requireNonNegative(valueCents, "valueCents");
    }

    public static ParcelSpec of(HandlingClass handlingClass, List<ReturnItem> items, Dimensions box) {
        int weight = items.stream().mapToInt(ReturnItem::weightGrams).sum();
        long value = items.stream().mapToLong(ReturnItem::valueCents).sum();
        return new ParcelSpec(handlingClass, items, box.longestSideCm(), box.girthCm(), box.volumeCm3(), weight, value);
    }

    /** A parcel that is only a demand (volume units), with no physical items. */
    public static ParcelSpec ofDemand(long volume) {
        return new ParcelSpec(HandlingClass.PARCEL, List.of(), 0, 0, volume, 0, 0);
    }
}
