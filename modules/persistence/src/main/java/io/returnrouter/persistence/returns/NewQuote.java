package io.returnrouter.persistence.returns;

import java.time.Instant;

/** A quote to store for a return (its first, or a new one of an unconfirmed return). */
public record NewQuote(String returnId, String shopId, String market, String decision, String requestHash,
                       String requestJson, String responseJson, String claimsJson, Instant quotedAt) {
}
