package io.returnrouter.core.plan;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Linehaul;

import java.time.LocalDate;
import java.util.Objects;

/** One scheduled linehaul departure of a hub: the unit that vehicles and customs are paid per. */
public record Departure(Hub hub, LocalDate date) {

    public Departure {
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(date, "date");
        if (hub.linehaul().isEmpty()) {
            throw new IllegalArgumentException("hub " + hub.id() + " has no linehaul, so no departures");
        }
    }

    public Linehaul linehaul() {
        return hub.linehaul().orElseThrow();
    }

    /** ceil(volume / vehicle volume) × vehicle cost. */
    public long linehaulCostCents(long volumeCm3) {
        return linehaul().costFor(volumeCm3);
    }
}
