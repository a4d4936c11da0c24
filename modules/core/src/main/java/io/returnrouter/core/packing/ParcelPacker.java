package io.returnrouter.core.packing;

import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.HandlingClass;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.model.SizeLimits;
import io.returnrouter.core.plan.ParcelSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Packs a return's items into parcels by handling class: an item too big or heavy for any parcel
 * service becomes a freight parcel of its own, dangerous goods travel apart from the rest, and the
 * remaining items share as few parcels as the parcel limit allows (first fit decreasing). A
 * combined parcel's box is estimated by stacking the items on their flattest side.
 */
public final class ParcelPacker {

    /** The largest parcel the common European parcel services accept. */
    public static final SizeLimits STANDARD_PARCEL_LIMITS = new SizeLimits(120, 300, 31_500);

    private final SizeLimits parcelLimits;

    public ParcelPacker(SizeLimits parcelLimits) {
        this.parcelLimits = Objects.requireNonNull(parcelLimits, "parcelLimits");
    }

    public static ParcelPacker standard() {
        return new ParcelPacker(STANDARD_PARCEL_LIMITS);
    }

    public List<ParcelSpec> pack(List<ReturnItem> items) {
        Map<HandlingClass, List<ReturnItem>> byClass = new EnumMap<>(HandlingClass.class);
        for (ReturnItem item : items) {
            byClass.computeIfAbsent(handlingClass(item), c -> new ArrayList<>()).add(item);
        }
        List<ParcelSpec> parcels = new ArrayList<>();
        for (Map.Entry<HandlingClass, List<ReturnItem>> entry : byClass.entrySet()) {
            if (entry.getKey() == HandlingClass.FREIGHT) {
                entry.getValue().forEach(item -> parcels.add(
                        ParcelSpec.of(HandlingClass.FREIGHT, List.of(item), item.dimensions())));
            } else {
                parcels.addAll(firstFitDecreasing(entry.getKey(), entry.getValue()));
            }
        }
        return parcels;
    }

    HandlingClass handlingClass(ReturnItem item) {
        Dimensions d = item.dimensions();
        if (!parcelLimits.accepts(d.longestSideCm(), d.girthCm(), item.weightGrams())) {
            return HandlingClass.FREIGHT;
        }
        return item.hazardous() ? HandlingClass.HAZARDOUS : HandlingClass.PARCEL;
    }

    private List<ParcelSpec> firstFitDecreasing(HandlingClass handlingClass, List<ReturnItem> items) {
        List<ReturnItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingLong((ReturnItem i) -> i.dimensions().volumeCm3()).reversed()
                .thenComparing(ReturnItem::sku));
        List<List<ReturnItem>> bins = new ArrayList<>();
        for (ReturnItem item : sorted) {
            List<ReturnItem> target = null;
            for (List<ReturnItem> bin : bins) {
                List<ReturnItem> candidate = new ArrayList<>(bin);
                candidate.add(item);
                if (fits(candidate)) {
                    target = bin;
                    break;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                bins.add(target);
            }
            target.add(item);
        }
        return bins.stream().map(bin -> ParcelSpec.of(handlingClass, bin, stackedBox(bin))).toList();
    }

    private boolean fits(List<ReturnItem> bin) {
        Dimensions box = stackedBox(bin);
        int weight = bin.stream().mapToInt(ReturnItem::weightGrams).sum();
        return parcelLimits.accepts(box.longestSideCm(), box.girthCm(), weight);
    }

    /** Items lie on their largest face, one on top of the other. */
    static Dimensions stackedBox(List<ReturnItem> items) {
        int length = 0;
        int width = 0;
        int height = 0;
        for (ReturnItem item : items) {
            int[] sides = {item.dimensions().lengthCm(), item.dimensions().widthCm(), item.dimensions().heightCm()};
            java.util.Arrays.sort(sides);
            length = Math.max(length, sides[2]);
            width = Math.max(width, sides[1]);
            height += sides[0];
        }
        return new Dimensions(length, width, height);
    }
}
