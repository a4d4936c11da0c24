package io.returnrouter.core.kpi;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.plan.Destination;
import io.returnrouter.core.plan.Parcel;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a parcel's first leg ends in a plan, as operations see it: a hub, directly a warehouse, or
 * nowhere (the parcel is not in the plan or has no option).
 *
 * @param id   the hub's or warehouse's id; "-" for {@link Kind#NOT_PLANNED}
 * @param name the hub's or warehouse's name
 */
public record RouteEnd(Kind kind, String id, String name) {

    public enum Kind {
        HUB, DIRECT, NOT_PLANNED
    }

    public static final RouteEnd NOT_PLANNED = new RouteEnd(Kind.NOT_PLANNED, "-", "not planned");

    public RouteEnd {
        Objects.requireNonNull(kind, "kind");
        Checks.requireText(id, "id");
        Checks.requireText(name, "name");
    }

    public static RouteEnd of(Parcel parcel) {
        if (parcel == null || parcel.getOption() == null) {
            return NOT_PLANNED;
        }
        Destination destination = parcel.getOption().destination();
        if (destination.hub() != null) {
            return new RouteEnd(Kind.HUB, destination.hub().id(), destination.hub().name());
        }
        return new RouteEnd(Kind.DIRECT, destination.warehouse().id(), destination.warehouse().name());
    }

    /** "direct to Venlo", "the Malmö hub" (or the hub's name when it already says hub), "not planned". */
    public String describe() {
        return switch (kind) {
            case DIRECT -> "direct to " + name;
            case HUB -> name.toLowerCase(Locale.ROOT).contains("hub") ? name : "the " + name + " hub";
            case NOT_PLANNED -> "not planned";
        };
    }
}
