package io.returnrouter.markets.support;

/** One way a shop policy would take from consumers what the law guarantees: the policy field and why. */
public record FloorViolation(String field, String message) {

    @Override
    public String toString() {
        return field + " " + message;
    }
}
