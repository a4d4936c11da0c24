package io.returnrouter.plugin.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a plug-in's JSON data file from the class path, so that errors can name the file and field. */
public final class DataFile {

    // Comments let data files say where a figure comes from; duplicate keys would hide a typo.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private DataFile() {
    }

    /** Reads a resource relative to the given class's package, e.g. {@code market.json} next to the module class. */
    public static DataNode read(Class<?> owner, String resource) {
        String file = owner.getPackageName().replace('.', '/') + "/" + resource;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw DataFileException.ofFile(file, "not found on the class path", null);
            }
            return parse(file, in);
        } catch (IOException e) {
            throw DataFileException.ofFile(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The file's text as shipped, e.g. to seed it into the database as the module's defaults. */
    public static String text(Class<?> owner, String resource) {
        String file = owner.getPackageName().replace('.', '/') + "/" + resource;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw DataFileException.ofFile(file, "not found on the class path", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw DataFileException.ofFile(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    public static DataNode parse(String file, InputStream in) {
        try {
            JsonNode root = JSON.readTree(in);
            if (root == null || !root.isObject()) {
                throw DataFileException.ofFile(file, "must hold one JSON object", null);
            }
            return new DataNode(file, "", root);
        } catch (JsonProcessingException e) {
            throw DataFileException.ofFile(file, "is not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr(), e);
        } catch (IOException e) {
            throw DataFileException.ofFile(file, "cannot be read: " + e.getMessage(), e);
        }
    }
}
