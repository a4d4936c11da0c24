package io.returnrouter.api.notify;

import io.returnrouter.persistence.notify.Progress;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A milestone a return has not reached although the plan (plus a margin) says it should have.
 *
 * @param milestone HAND_IN, HUB or WAREHOUSE: the first milestone not reached
 * @param due       the day it was expected
 * @param daysLate  days since {@code due}
 * @param expected  the warehouse arrival now expected
 */
public record Lateness(String milestone, LocalDate due, long daysLate, LocalDate expected) {

    /** The return's lateness on {@code today}, if the first milestone it has not reached is overdue by more than the margin. */
    public static Optional<Lateness> of(Progress p, LocalDate today, int marginDays) {
        if (p.closed() || p.receivedAt() != null) {
            return Optional.empty();
        }
        if (p.handedInAt() == null) {
            if (p.plannedHandIn() == null || !today.isAfter(p.plannedHandIn().plusDays(marginDays))) {
                return Optional.empty();
            }
            long transit = p.plannedWarehouse() == null ? 0 : Expectations.between(p.plannedHandIn(), p.plannedWarehouse());
            return Optional.of(late("HAND_IN", p.plannedHandIn(), today, today.plusDays(Math.max(1, transit))));
        }
        if (p.atHubAt() == null && p.hubId() != null) {
            Optional<LocalDate> hub = Expectations.hub(p);
            if (hub.isPresent() && today.isAfter(hub.get().plusDays(marginDays))) {
                long linehaul = p.plannedWarehouse() == null ? 0 : Expectations.between(p.plannedHub(), p.plannedWarehouse());
                return Optional.of(late("HUB", hub.get(), today, today.plusDays(Math.max(1, linehaul))));
            }
        }
        return Expectations.warehouse(p).filter(w -> today.isAfter(w.plusDays(marginDays)))
                .map(w -> late("WAREHOUSE", w, today, today.plusDays(1)));
    }

    private static Lateness late(String milestone, LocalDate due, LocalDate today, LocalDate expected) {
        return new Lateness(milestone, due, ChronoUnit.DAYS.between(due, today), expected);
    }
}
