package io.returnrouter.core.lifecycle;

import io.returnrouter.core.model.Hub;
import java.util.List;
import java.util.Optional;

/**
 * Which of the network's hubs a carrier's scan location names. Carriers report a location as a
 * depot code, a town or a postal code; a hub is named by its id, its name or its postal code
 * (case and surrounding blanks ignored). A location that names no hub, or more than one, names
 * none: the parcel is then counted at the hub its route planned.
 */
public final class ScannedHub {

    private ScannedHub() {
    }

    public static Optional<Hub> named(List<Hub> hubs, String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        String wanted = location.strip();
        List<Hub> matches = hubs.stream().filter(h -> h.id().equalsIgnoreCase(wanted)
                || h.name().equalsIgnoreCase(wanted)
                || h.location().postalCode().strip().equalsIgnoreCase(wanted))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
