package io.returnrouter.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class UnprocessableExceptionMapper implements ExceptionMapper<UnprocessableException> {

    @Override
    public Response toResponse(UnprocessableException exception) {
        String detail = exception.errors().size() == 1 ? exception.getMessage()
                : exception.errors().size() + " fields break a rule";
        return Problems.response(422, "unprocessable", "Unprocessable request", detail, exception.errors());
    }
}
