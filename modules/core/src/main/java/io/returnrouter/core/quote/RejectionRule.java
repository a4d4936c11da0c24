package io.returnrouter.core.quote;

/** The rule that turned a return down. */
public enum RejectionRule {
    UNKNOWN_MARKET,
    OUTSIDE_RETURN_WINDOW,
    OUTSIDE_LEGAL_GUARANTEE,
    NON_RETURNABLE_CATEGORY,
    UNSEALED_AFTER_DELIVERY,
    NO_SERVICE_FITS,
    MODE_NOT_ALLOWED,
    DEADLINE_UNREACHABLE,
    NO_CAPACITY_LEFT
}
