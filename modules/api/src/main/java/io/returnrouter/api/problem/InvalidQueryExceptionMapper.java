package io.returnrouter.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Wrong query parameters: 400, each named in {@code errors[].field} as the client spelled it. */
@Provider
public class InvalidQueryExceptionMapper implements ExceptionMapper<InvalidQueryException> {

    @Override
    public Response toResponse(InvalidQueryException e) {
        return Problems.response(400, "validation-failed", "Invalid request", e.getMessage(), e.errors());
    }
}
