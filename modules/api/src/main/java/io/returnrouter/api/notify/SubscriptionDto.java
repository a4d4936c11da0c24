package io.returnrouter.api.notify;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as shown; {@code secret} only in the answer to its creation. */
@JsonbPropertyOrder({"id", "shopId", "url", "events", "secret", "createdAt"})
public record SubscriptionDto(String id, String shopId, String url, List<String> events,
                              @Schema(description = "The signing secret: shown once, in the answer that creates the "
                                      + "subscription; delete and subscribe again to get a new one") String secret,
                              Instant createdAt) {
}
