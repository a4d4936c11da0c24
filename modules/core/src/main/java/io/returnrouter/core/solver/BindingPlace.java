package io.returnrouter.core.solver;

import java.time.LocalDate;
import java.util.Comparator;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Where and when a hard constraint binds, so a planner reads "pickup slots of dhl-pickup in
 * region DE10 on 2026-11-20: 4 over" instead of only the constraint's name.
 *
 * @param place  what is over its limit (a hub, a carrier's pickups in a region, a drop-off point, a parcel)
 * @param day    the day it binds on; null for limits per planning period
 * @param excess by how much the limit is exceeded (parcels, cm³ or days, as the constraint counts)
 */
public record BindingPlace(String place, LocalDate day, long excess) implements ConstraintJustification {

    /** Largest excess first, then by day and place, so the worst places lead a list. */
    public static final Comparator<BindingPlace> WORST_FIRST = Comparator.comparingLong(BindingPlace::excess).reversed()
            .thenComparing(BindingPlace::day, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BindingPlace::place);
}
