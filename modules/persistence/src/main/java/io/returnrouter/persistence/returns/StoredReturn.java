package io.returnrouter.persistence.returns;

import java.time.Instant;

/**
 * A quoted return as stored: the request as received, the answer given, the buckets each quoted
 * option would book, and whether (and how) it was confirmed or cancelled.
 */
public record StoredReturn(String returnId, String shopId, String market, String decision, String requestHash,
                           String requestJson, String responseJson, String claimsJson, Instant quotedAt,
                           Instant confirmedAt, Instant cancelledAt, String confirmationHash,
                           String confirmationKey) {

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }
}
