package io.returnrouter.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class PreconditionExceptionMapper implements ExceptionMapper<PreconditionException> {

    @Override
    public Response toResponse(PreconditionException e) {
        return e.missing()
                ? Problems.response(428, "precondition-required", "Precondition Required", e.getMessage())
                : Problems.response(412, "precondition-failed", "Precondition Failed", e.getMessage());
    }
}
