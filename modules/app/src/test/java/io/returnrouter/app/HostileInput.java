package io.returnrouter.app;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generated and mutated input for {@link FuzzHttpIT}: valid bodies built from the OpenAPI schemas
 * (their examples where given), then mutated the way a hostile or broken client would: fields
 * dropped, retyped, out of range, unknown, deeply nested, huge; strings from jqwik's generators
 * (any Unicode, control characters, long).
 */
final class HostileInput {

    private static final List<Object> NUMBERS = List.of(-1, 0, 1, 2, 7, 101, 100_001, 2_147_483_648L,
            Long.MAX_VALUE, new BigDecimal("1e308"), new BigDecimal("-1e308"), new BigDecimal("0.5"),
            new BigDecimal("123456789012345678901234567890"));
    private static final List<String> SPECIALS = List.of("", " ", "NL", "DE", "nl", "XX", "../../etc/passwd",
            "%00", "' OR 1=1 --", "<script>", "R-1001", "00000000-0000-0000-0000-000000000000", "9999-99-99",
            "2026-02-30", "1e9", "NaN", "\u0000", "\uD800", "a".repeat(5_000));

    private final Random random;
    private final JsonObject schemas;
    private final Arbitrary<String> strings = Arbitraries.strings().all().ofMaxLength(300);
    private final Arbitrary<String> printable = Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(80);

    HostileInput(Random random, JsonObject schemas) {
        this.random = random;
        this.schemas = schemas;
    }

    /** A string from jqwik's generators, drawn with the run's random (so a seed repeats a run). */
    String string() {
        return random.nextInt(4) == 0 ? SPECIALS.get(random.nextInt(SPECIALS.size()))
                : (random.nextBoolean() ? strings : printable).generator(1_000).next(random).value();
    }

    /** A value for a path or query parameter: often plausible, often not. */
    String parameter(JsonObject schema, List<String> plausible) {
        int pick = random.nextInt(10);
        if (pick < 4 && !plausible.isEmpty()) {
            return plausible.get(random.nextInt(plausible.size()));
        }
        if (pick < 7 && schema != null && ("integer".equals(schema.getString("type", "")))) {
            return String.valueOf(NUMBERS.get(random.nextInt(NUMBERS.size())));
        }
        return string();
    }

    /** A valid-looking body for a schema, then (mostly) mutated. */
    JsonValue body(JsonObject schema, JsonValue example) {
        JsonValue valid = example != null ? example : sample(schema, 0);
        int mutations = random.nextInt(4);
        JsonValue body = valid;
        for (int i = 0; i < mutations; i++) {
            body = mutate(body, 0);
        }
        return body;
    }

    /** Raw text that is not the JSON the operation wants. */
    String garbage() {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "[" + "[".repeat(5_000);
            case 3 -> "{\"a\":" + "1".repeat(400) + "}";
            case 4 -> "null";
            default -> string();
        };
    }

    private JsonValue mutate(JsonValue value, int depth) {
        if (value instanceof JsonObject object && !object.isEmpty() && random.nextInt(3) > 0 && depth < 6) {
            List<String> keys = new ArrayList<>(object.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            JsonObjectBuilder copy = Json.createObjectBuilder(object);
            switch (random.nextInt(5)) {
                case 0 -> copy.remove(key);
                case 1 -> copy.add(key, anyValue(depth + 1));
                case 2 -> copy.add(string(), anyValue(depth + 1));
                default -> copy.add(key, mutate(object.get(key), depth + 1));
            }
            return copy.build();
        }
        if (value instanceof JsonArray array && depth < 6) {
            JsonArrayBuilder copy = Json.createArrayBuilder(array);
            if (!array.isEmpty() && random.nextBoolean()) {
                int index = random.nextInt(array.size());
                copy.set(index, mutate(array.get(index), depth + 1));
            } else if (random.nextBoolean()) {
                copy.add(anyValue(depth + 1));
            } else {
                int times = 1 + random.nextInt(60); // past the items-per-return limit now and then
                JsonValue first = array.isEmpty() ? anyValue(depth + 1) : array.get(0);
                for (int i = 0; i < times; i++) {
                    copy.add(first);
                }
            }
            return copy.build();
        }
        return anyValue(depth + 1);
    }

    private JsonValue anyValue(int depth) {
        return switch (random.nextInt(depth > 4 ? 4 : 7)) {
            case 0 -> JsonValue.NULL;
            case 1 -> Json.createValue(string());
            case 2 -> number();
            case 3 -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case 4 -> Json.createArrayBuilder().add(anyValue(depth + 1)).add(anyValue(depth + 1)).build();
            case 5 -> Json.createObjectBuilder().add(string(), anyValue(depth + 1)).build();
            default -> nested(50 + random.nextInt(200));
        };
    }

    private JsonValue number() {
        Object n = NUMBERS.get(random.nextInt(NUMBERS.size()));
        return n instanceof BigDecimal d ? Json.createValue(d) : Json.createValue(((Number) n).longValue());
    }

    private static JsonValue nested(int depth) {
        JsonValue value = Json.createValue(1);
        for (int i = 0; i < depth; i++) {
            value = Json.createArrayBuilder().add(value).build();
        }
        return value;
    }

    /** A value of the schema's shape: enums' first value, examples, plausible strings and numbers. */
    JsonValue sample(JsonObject schema, int depth) {
        if (schema == null || depth > 8) {
            return JsonValue.NULL;
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return sample(schemas.getJsonObject(name), depth + 1);
        }
        if (schema.containsKey("example")) {
            return schema.get("example");
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        String type = schema.getString("type", "object");
        return switch (type) {
            case "integer" -> Json.createValue(schema.containsKey("minimum")
                    ? ((JsonNumber) schema.get("minimum")).longValue() : 1);
            case "number" -> Json.createValue(1.5);
            case "boolean" -> JsonValue.FALSE;
            case "string" -> Json.createValue("date".equals(schema.getString("format", "")) ? "2026-11-20" : "NL");
            case "array" -> Json.createArrayBuilder().add(sample(schema.getJsonObject("items"), depth + 1)).build();
            default -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                JsonObject properties = schema.getJsonObject("properties");
                if (properties != null) {
                    for (Map.Entry<String, JsonValue> p : properties.entrySet()) {
                        object.add(p.getKey(), sample(p.getValue().asJsonObject(), depth + 1));
                    }
                }
                yield object.build();
            }
        };
    }

    static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
