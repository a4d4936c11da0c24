package io.returnrouter.markets.support;

import java.util.List;

/** A shop policy that would take from consumers what the market's law guarantees them. */
public final class PolicyBelowFloorException extends IllegalArgumentException {

    private final List<String> violations;

    public PolicyBelowFloorException(String countryCode, List<String> violations) {
        super("shop policy for " + countryCode + " is below the legal floor: " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
