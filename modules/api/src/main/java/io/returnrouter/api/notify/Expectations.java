package io.returnrouter.api.notify;

import io.returnrouter.persistence.notify.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a return should reach its next milestones, from what has happened: the plan's stage
 * durations (hand-in to hub, hub or hand-in to warehouse) counted from the last milestone reached.
 * A parcel handed in early is expected early; one handed in late is late only by the hand-in.
 */
public final class Expectations {

    private Expectations() {
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The hub arrival now expected; empty without a hub, a plan or a hand-in. */
    public static Optional<LocalDate> hub(Progress p) {
        if (p.plannedHub() == null || p.plannedHandIn() == null || p.handedInAt() == null) {
            return Optional.empty();
        }
        return Optional.of(day(p.handedInAt()).plusDays(between(p.plannedHandIn(), p.plannedHub())));
    }

    /** The warehouse arrival now expected (before the hand-in: if handed in on the last planned day). */
    public static Optional<LocalDate> warehouse(Progress p) {
        if (p.plannedWarehouse() == null) {
            return Optional.empty();
        }
        if (p.atHubAt() != null && p.plannedHub() != null) {
            return Optional.of(day(p.atHubAt()).plusDays(between(p.plannedHub(), p.plannedWarehouse())));
        }
        if (p.handedInAt() != null && p.plannedHandIn() != null) {
            return Optional.of(day(p.handedInAt()).plusDays(between(p.plannedHandIn(), p.plannedWarehouse())));
        }
        return Optional.of(p.plannedWarehouse());
    }

    static long between(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }
}
