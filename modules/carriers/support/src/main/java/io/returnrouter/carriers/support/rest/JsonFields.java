package io.returnrouter.carriers.support.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Tolerant reads of a carrier's JSON: carriers add fields, send numbers where they documented
 * strings, and (PostNL) send one object where a list of one is meant. A missing or null field
 * reads as null or an empty list; what is required is the caller's to check.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** A string, or a number's text; null when absent, null or of another type. */
    public static String text(JsonObject object, String name) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return null;
    }

    public static Double number(JsonObject object, String name) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number) {
            return number.doubleValue();
        }
        if (value instanceof JsonString string) {
            try {
                return Double.valueOf(string.getString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public static JsonObject object(JsonObject object, String name) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(name);
        return value instanceof JsonObject child ? child : null;
    }

    /** The objects of an array field, or the one object when the carrier sent a single object. */
    public static List<JsonObject> objects(JsonObject object, String name) {
        if (object == null) {
            return List.of();
        }
        JsonValue value = object.get(name);
        return objects(value);
    }

    public static List<JsonObject> objects(JsonValue value) {
        if (value instanceof JsonObject single) {
            return List.of(single);
        }
        List<JsonObject> list = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonObject child) {
                    list.add(child);
                }
            }
        }
        return list;
    }

    /** The strings of an array field (or the one string); empty when absent. */
    public static List<String> texts(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        List<String> list = new ArrayList<>();
        if (value instanceof JsonString single) {
            list.add(single.getString());
        } else if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonString string) {
                    list.add(string.getString());
                }
            }
        }
        return list;
    }
}
