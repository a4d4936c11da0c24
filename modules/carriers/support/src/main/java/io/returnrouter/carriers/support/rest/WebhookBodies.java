package io.returnrouter.carriers.support.rest;

import io.returnrouter.carriers.support.live.MalformedAnswerException;
import io.returnrouter.core.spi.carrier.WebhookDelivery;
import io.returnrouter.core.spi.carrier.WebhookRejectedException;
import io.returnrouter.core.spi.carrier.WebhookRejectedException.Reason;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.function.Function;

/** Reads an authenticated webhook body with a carrier's reader; anything not in its shape is MALFORMED. */
public final class WebhookBodies {

    private WebhookBodies() {
    }

    public static <T> T read(WebhookDelivery delivery, Function<JsonObject, T> reader) {
        JsonObject body;
        try {
            body = Json.createReader(new ByteArrayInputStream(delivery.body())).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new WebhookRejectedException(Reason.MALFORMED, "the body is not a JSON object");
        }
        try {
            return reader.apply(body);
        } catch (MalformedAnswerException | IllegalArgumentException | NullPointerException e) {
            throw new WebhookRejectedException(Reason.MALFORMED, e.getMessage());
        }
    }
}
