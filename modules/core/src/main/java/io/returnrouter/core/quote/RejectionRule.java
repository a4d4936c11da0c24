package io.returnrouter.core.quote;

/** The rule that turned a return down. */
public enum RejectionRule {
    UNKNOWN_MARKET,
    OUTSIDE_RETURN_WINDOW,
    NON_RETURNABLE_CATEGORY,
    NO_SERVICE_FITS,
    MODE_NOT_ALLOWED,
    DEADLINE_UNREACHABLE,
    NO_CAPACITY_LEFT
}
