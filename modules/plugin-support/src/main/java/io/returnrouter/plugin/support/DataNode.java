package io.returnrouter.plugin.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One JSON object of a data file, with typed accessors that fail with the file and the dotted
 * field path. Required fields are the default: a missing figure in a legal or tariff file must
 * stop the module from loading rather than silently become zero.
 */
public final class DataNode {

    private final String file;
    private final String path;
    private final JsonNode node;

    DataNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    public String file() {
        return file;
    }

    public boolean has(String name) {
        return node.hasNonNull(name);
    }

    public String text(String name) {
        JsonNode value = required(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw error(name, "must be a non-blank string, was " + value);
        }
        return value.asText();
    }

    public Optional<String> optionalText(String name) {
        return has(name) ? Optional.of(text(name)) : Optional.empty();
    }

    public boolean bool(String name) {
        JsonNode value = required(name);
        if (!value.isBoolean()) {
            throw error(name, "must be true or false, was " + value);
        }
        return value.asBoolean();
    }

    /** An integer within [min, max]. */
    public int integer(String name, int min, int max) {
        long value = longValue(name, min, max);
        return (int) value;
    }

    public long longValue(String name, long min, long max) {
        JsonNode value = required(name);
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw error(name, "must be a whole number, was " + value);
        }
        long v = value.asLong();
        if (v < min || v > max) {
            throw error(name, "must be within [" + min + ", " + max + "], was " + v);
        }
        return v;
    }

    /** A decimal amount written as a JSON string or number, e.g. "7.25"; never through a double. */
    public BigDecimal decimal(String name, BigDecimal min) {
        JsonNode value = required(name);
        if (!value.isTextual() && !value.isNumber()) {
            throw error(name, "must be a decimal number, was " + value);
        }
        BigDecimal v;
        try {
            v = value.isTextual() ? new BigDecimal(value.asText()) : value.decimalValue();
        } catch (NumberFormatException e) {
            throw error(name, "must be a decimal number, was " + value);
        }
        if (v.compareTo(min) < 0) {
            throw error(name, "must be at least " + min.toPlainString() + ", was " + v.toPlainString());
        }
        return v;
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return parseEnum(name, text(name), type);
    }

    public DataNode object(String name) {
        JsonNode value = required(name);
        if (!value.isObject()) {
            throw error(name, "must be a JSON object, was " + value);
        }
        return new DataNode(file, child(name), value);
    }

    public List<DataNode> objects(String name) {
        JsonNode array = array(name);
        List<DataNode> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String at = name + "[" + i + "]";
            if (!item.isObject()) {
                throw error(at, "must be a JSON object, was " + item);
            }
            items.add(new DataNode(file, child(at), item));
        }
        return items;
    }

    public List<String> texts(String name) {
        JsonNode array = array(name);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw error(name + "[" + i + "]", "must be a non-blank string, was " + item);
            }
            items.add(item.asText());
        }
        return List.copyOf(items);
    }

    /** Whole numbers within [min, max]. */
    public List<Integer> integers(String name, int min, int max) {
        JsonNode array = array(name);
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isIntegralNumber() || item.asLong() < min || item.asLong() > max) {
                throw error(name + "[" + i + "]", "must be a whole number within [" + min + ", " + max + "], was "
                        + item);
            }
            items.add(item.asInt());
        }
        return List.copyOf(items);
    }

    public <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
        List<String> texts = texts(name);
        List<E> values = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            values.add(parseEnum(name + "[" + i + "]", texts.get(i), type));
        }
        return List.copyOf(values);
    }

    /** The members of an object, in file order, each read by the given reader. */
    public <T> Map<String, T> members(String name, Function<String, T> reader) {
        DataNode object = object(name);
        Map<String, T> values = new LinkedHashMap<>();
        object.node.fieldNames().forEachRemaining(key -> values.put(key, reader.apply(key)));
        return values;
    }

    /** The member names of a nested object; read each one with the accessors of {@link #object(String)}. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Builds a value whose constructor checks rules across fields, reporting a broken rule against
     * the given field of this file like a single-field error.
     */
    public <T> T checked(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (DataFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(field, "is inconsistent: " + e.getMessage());
        }
    }

    /** An error about a field of this object, for rules that span several fields. */
    public DataFileException error(String name, String problem) {
        return new DataFileException(file, child(name), problem);
    }

    private JsonNode array(String name) {
        JsonNode value = required(name);
        if (!value.isArray()) {
            throw error(name, "must be a JSON array, was " + value);
        }
        return value;
    }

    private JsonNode required(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw error(name, "is missing");
        }
        return value;
    }

    private <E extends Enum<E>> E parseEnum(String name, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            throw error(name, "must be one of " + allowed + ", was \"" + text + "\"");
        }
    }

    private String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
