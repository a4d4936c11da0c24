package io.returnrouter.persistence.returns;

import io.returnrouter.core.capacity.Bucket;

/** What became of a confirmation; only {@link Booked} wrote anything. */
public sealed interface ConfirmOutcome {

    /** Every bucket took the parcels; the return is confirmed. */
    record Booked() implements ConfirmOutcome {
    }

    /** The return was confirmed before, with these choices and key. */
    record AlreadyConfirmed(String choicesHash, String idempotencyKey) implements ConfirmOutcome {
    }

    /** The bucket has no room left; nothing was booked. */
    record Full(Bucket bucket) implements ConfirmOutcome {
    }

    /** The return was quoted again (or cancelled) since the quote the choices were made on. */
    record Stale() implements ConfirmOutcome {
    }
}
