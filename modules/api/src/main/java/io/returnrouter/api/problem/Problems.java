package io.returnrouter.api.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses; the type URIs are stable identifiers documented in docs/api.md. */
public final class Problems {

    private static final String TYPE_BASE = "https://returnrouter.io/problems/";

    private Problems() {
    }

    public static Response response(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem(TYPE_BASE + slug, title, status, detail, null, errors == null ? List.of() : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(int status, String slug, String title, String detail) {
        return response(status, slug, title, detail, List.of());
    }
}
