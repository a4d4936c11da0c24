package io.returnrouter.markets.support;

import java.util.List;

/** A shop policy that would take from consumers what the market's law guarantees them. */
public final class PolicyBelowFloorException extends IllegalArgumentException {

    private final transient List<FloorViolation> violations;

    public PolicyBelowFloorException(String countryCode, List<FloorViolation> violations) {
        super("shop policy for " + countryCode + " is below the legal floor: "
                + String.join("; ", violations.stream().map(FloorViolation::toString).toList()));
        this.violations = List.copyOf(violations);
    }

    public List<FloorViolation> violations() {
        return violations;
    }
}
