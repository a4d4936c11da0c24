package io.returnrouter.api.validation;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.problem.UnprocessableException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads records marked {@link RejectUnknownFields}: JSON-P parses the body, any top-level field the
 * record does not have is a 422 naming it (and the fields there are), then JSON-B binds it.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictJsonReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.isAnnotationPresent(RejectUnknownFields.class);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(body)) {
            json = reader.readObject();
        } catch (JsonParsingException e) {
            throw new BadRequestException("The body is not well-formed JSON.", e);
        } catch (JsonException | IllegalStateException e) {
            throw new BadRequestException("The body must be one JSON object.", e);
        }
        Set<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        List<Problem.FieldError> unknown = json.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .map(name -> new Problem.FieldError(name, "unknown field; the fields are " + String.join(", ", known)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new UnprocessableException(unknown);
        }
        try {
            return JSONB.fromJson(json.toString(), type);
        } catch (JsonbException e) {
            throw new BadRequestException("A field of the body has the wrong type.", e);
        }
    }
}
