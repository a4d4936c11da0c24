package io.returnrouter.api.problem;

import io.returnrouter.persistence.repository.ReturnAlreadyConfirmedException;
import io.returnrouter.persistence.repository.ReturnIdTakenException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Problem mappers for our own exceptions and for bodies the JSON binding cannot read. */
public final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problems.response(409, "conflict", "Conflict", e.getMessage());
        }
    }

    @Provider
    public static class AlreadyConfirmed implements ExceptionMapper<ReturnAlreadyConfirmedException> {
        @Override
        public Response toResponse(ReturnAlreadyConfirmedException e) {
            return Problems.response(409, "return-confirmed", "Return already confirmed",
                    "Return " + e.returnId() + " is confirmed; its route can no longer change.");
        }
    }

    @Provider
    public static class ReturnIdTaken implements ExceptionMapper<ReturnIdTakenException> {
        @Override
        public Response toResponse(ReturnIdTakenException e) {
            return Problems.response(409, "return-id-taken", "Return id in use",
                    "Return id " + e.returnId() + " is in use by another shop; quote the return under an id of your own.");
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problems.response(404, "not-found", "Not Found", e.getMessage());
        }
    }

    /** A scenario change that does not fit the network (unknown hub...): 422 naming changes[i].field. */
    @Provider
    public static class InvalidScenario implements ExceptionMapper<io.returnrouter.core.scenario.InvalidScenarioException> {
        @Override
        public Response toResponse(io.returnrouter.core.scenario.InvalidScenarioException e) {
            var errors = e.errors().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList();
            return Problems.response(422, "unprocessable", "Invalid scenario",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " changes do not fit the network", errors);
        }
    }

    @Provider
    public static class Unavailable implements ExceptionMapper<ServiceUnavailableException> {
        @Override
        public Response toResponse(ServiceUnavailableException e) {
            return Problems.response(503, "unavailable", "Service Unavailable", e.getMessage());
        }
    }

    /** Yasson's messages name our classes; the client gets the gist without them. */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problems.response(400, "malformed-request", "Malformed request", JsonErrors.describe(e));
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problems.response(400, "malformed-request", "Malformed request", JsonErrors.describe(e));
        }
    }
}
