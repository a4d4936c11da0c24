package io.returnrouter.persistence.returns;

/** What became of a cancellation. */
public enum CancelOutcome {
    /** The holds are released and the return is cancelled. */
    RELEASED,
    /** Cancelled before: nothing left to release. */
    ALREADY_CANCELLED,
    /** Quoted but never confirmed: nothing is held. */
    NOT_CONFIRMED
}
