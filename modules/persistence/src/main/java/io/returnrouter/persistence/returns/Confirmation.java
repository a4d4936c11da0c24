package io.returnrouter.persistence.returns;

import java.time.Instant;
import java.util.List;

/**
 * A confirmation to book.
 *
 * @param quotedAt        when the quote the choices were made on was stored: a re-quote in between
 *                        makes the confirmation stale
 * @param choicesHash     identifies the choices, so an identical repeat is recognised
 * @param idempotencyKey  the client's key, or null
 */
public record Confirmation(String returnId, Instant quotedAt, String choicesHash, String idempotencyKey,
                           List<ParcelBooking> parcels, Instant at) {

    public Confirmation {
        parcels = List.copyOf(parcels);
    }
}
