package io.returnrouter.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} lists field-level problems (which field, what
 * is wrong) so a client can show them next to its own form fields.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem with one field. */
    public record FieldError(String field, String message) {
    }
}
