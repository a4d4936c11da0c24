package io.returnrouter.persistence.lifecycle;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** An event's details as stored: a flat JSON object of texts, numbers and truth values. */
final class DetailsJson {

    private DetailsJson() {
    }

    static String write(Map<String, Object> details) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        details.forEach((key, value) -> {
            if (value == null) {
                json.addNull(key);
            } else if (value instanceof Boolean b) {
                json.add(key, b);
            } else if (value instanceof Integer || value instanceof Long) {
                json.add(key, ((Number) value).longValue());
            } else if (value instanceof BigDecimal d) {
                json.add(key, d);
            } else {
                json.add(key, value.toString());
            }
        });
        return json.build().toString();
    }

    static Map<String, Object> read(String text) {
        Map<String, Object> details = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            json.forEach((key, value) -> details.put(key, plain(value)));
        }
        return details;
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            default -> value.toString();
        };
    }
}
