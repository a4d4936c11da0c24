package io.returnrouter.core.options;

import io.returnrouter.core.plan.RouteOption;

import java.util.List;
import java.util.Set;

/** The eligible options of one parcel and why other candidates were excluded. */
public record Enumeration(List<RouteOption> eligible, Set<Exclusion> exclusions) {

    public Enumeration {
        eligible = List.copyOf(eligible);
        exclusions = Set.copyOf(exclusions);
    }

    /** The rule to name when nothing is eligible: the one closest to having worked. */
    public Exclusion decisiveExclusion() {
        if (exclusions.contains(Exclusion.DEADLINE_UNREACHABLE)) {
            return Exclusion.DEADLINE_UNREACHABLE;
        }
        if (exclusions.contains(Exclusion.MODE_NOT_ALLOWED)) {
            return Exclusion.MODE_NOT_ALLOWED;
        }
        return Exclusion.NO_SERVICE_FITS;
    }
}
