package io.returnrouter.api.notify;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The JSON body of a webhook delivery: the event's {@code id} (receivers dedupe by it),
 * {@code type}, {@code occurredAt}, {@code returnId}, {@code shopId}, {@code status}, what the
 * reporter said ({@code details}), the alert's facts if any, and the customer text in the return's
 * language ({@code message}). Written once into the outbox, so every attempt sends the same bytes.
 */
public final class WebhookPayloads {

    private WebhookPayloads() {
    }

    public static String payload(String eventId, String type, Instant occurredAt, String returnId, String shopId,
                                 String status, Map<String, Object> details, JsonObject alert, CustomerMessage message) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", eventId).add("type", type)
                .add("occurredAt", occurredAt.toString()).add("returnId", returnId).add("shopId", shopId)
                .add("status", status).add("details", json(details));
        if (alert != null) {
            b.add("alert", alert);
        }
        b.add("message", Json.createObjectBuilder().add("language", message.language()).add("title", message.title())
                .add("text", message.text()));
        return b.build().toString();
    }

    /** The reporter's details as JSON; values JSON has no type for are written as their text. */
    static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        } else if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            map.forEach((k, v) -> o.add(String.valueOf(k), json(v)));
            return o.build();
        } else if (value instanceof Collection<?> list) {
            var a = Json.createArrayBuilder();
            list.forEach(v -> a.add(json(v)));
            return a.build();
        } else if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            return Json.createValue(new BigDecimal(value.toString()));
        } else if (value instanceof Number number) {
            try {
                return Json.createValue(new BigDecimal(number.toString()));
            } catch (NumberFormatException notFinite) {
                return Json.createValue(number.toString());
            }
        }
        return Json.createValue(value.toString());
    }
}
