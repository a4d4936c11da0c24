package io.returnrouter.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the runtime's own HTTP errors (404 unknown path, 405, 406, 415, malformed JSON...) into
 * problem+json, keeping their status and never exposing the exception's internals.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** How the runtime names a parameter it could not convert, e.g. jakarta.ws.rs.QueryParam("limit"). */
    private static final Pattern UNCONVERTIBLE =
            Pattern.compile("jakarta\\.ws\\.rs\\.(Query|Path|Header)Param\\(\"([^\"]{1,100})\"\\)");

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response badParameter = badParameter(exception);
        if (badParameter != null) {
            return badParameter;
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 400 -> "The request body could not be read: check that it is well-formed JSON of the documented "
                    + "shape.";
            case 415 -> "Send the body as JSON with the header Content-Type: application/json.";
            case 406 -> "This resource answers in JSON: accept application/json (or application/problem+json).";
            case 405 -> "This path does not take that method; the Allow header lists the ones it takes.";
            default -> title;
        };
        Response.ResponseBuilder builder = Response.fromResponse(
                Problems.response(status, slugOf(status), title, detail));
        // Keep headers the runtime set for a reason (Allow on 405, Retry-After...).
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    /**
     * A query, path or header parameter the runtime could not convert (limit=abc) is the client's
     * error: 400 naming the parameter, not the 404 the JAX-RS default gives query and path values.
     */
    private static Response badParameter(WebApplicationException exception) {
        if (exception.getCause() == null || exception.getMessage() == null) {
            return null;
        }
        Matcher m = UNCONVERTIBLE.matcher(exception.getMessage());
        if (!m.find()) {
            return null;
        }
        String field = m.group(1).toLowerCase(Locale.ROOT) + "." + m.group(2);
        return Problems.response(400, "validation-failed", "Invalid request",
                field + ": not a value of the documented type",
                List.of(new Problem.FieldError(field,
                        "not a value of the documented type (see the OpenAPI document)")));
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }
}
