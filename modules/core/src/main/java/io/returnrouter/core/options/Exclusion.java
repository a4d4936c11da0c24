package io.returnrouter.core.options;

/** Why a candidate route was not eligible; the quote's rejection names the rule. */
public enum Exclusion {
    /** No carrier service of the market accepts the parcel's size, weight, class or lane. */
    NO_SERVICE_FITS,
    /** The market does not allow the first-mile mode. */
    MODE_NOT_ALLOWED,
    /** The goods would reach the warehouse after the market's deadline. */
    DEADLINE_UNREACHABLE
}
