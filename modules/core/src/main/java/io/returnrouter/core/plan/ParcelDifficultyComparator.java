package io.returnrouter.core.plan;

import java.util.Comparator;

/**
 * Big parcels are the hard ones to fit under hub capacities, so the construction heuristic
 * places them first (first fit decreasing); parcels with fewer options next.
 */
public final class ParcelDifficultyComparator implements Comparator<Parcel> {

    private static final Comparator<Parcel> ORDER = Comparator.comparingLong(Parcel::getVolumeCm3)
            .thenComparing(p -> -p.getOptions().size())
            .thenComparing(Parcel::getId);

    @Override
    public int compare(Parcel a, Parcel b) {
        return ORDER.compare(a, b);
    }
}
