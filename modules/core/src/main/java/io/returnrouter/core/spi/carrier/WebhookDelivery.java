package io.returnrouter.core.spi.carrier;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook call as received: its headers (names in lower case) and its raw body, which a
 * signature is computed over, and the secret configured for the carrier.
 */
public record WebhookDelivery(Map<String, List<String>> headers, byte[] body, String secret) {

    public WebhookDelivery {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(secret, "secret");
    }

    public Optional<String> header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
