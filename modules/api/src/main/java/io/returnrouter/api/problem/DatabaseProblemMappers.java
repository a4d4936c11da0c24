package io.returnrouter.api.problem;

import io.returnrouter.persistence.jdbc.DatabaseErrors;
import io.returnrouter.persistence.jdbc.DatabaseUnavailableException;
import io.returnrouter.persistence.jdbc.UniqueViolationException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Database errors told apart by SQLState: an outage is a 503 the client may retry after a few
 * seconds, a duplicate written by a concurrent request a 409; anything else stays a 500 incident.
 */
public final class DatabaseProblemMappers {

    /** Seconds a client should wait before retrying while the database is away (a restart takes a few). */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseProblemMappers() {
    }

    static Response unavailable() {
        return Response.fromResponse(Problems.response(503, "database-unavailable", "Database unavailable",
                        "The database does not answer at the moment; nothing was changed. Retry in "
                                + RETRY_AFTER_SECONDS + " seconds."))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    @Provider
    public static class Unavailable implements ExceptionMapper<DatabaseUnavailableException> {
        @Override
        public Response toResponse(DatabaseUnavailableException e) {
            return unavailable();
        }
    }

    @Provider
    public static class Duplicate implements ExceptionMapper<UniqueViolationException> {
        @Override
        public Response toResponse(UniqueViolationException e) {
            return Problems.response(409, "concurrent-change", "Concurrent change",
                    "A concurrent request stored the same record first; repeat the request to see its result.");
        }
    }

    /** JPA paths (market rules...) during an outage: a 503 too, not a 500. */
    @Provider
    public static class Persistence implements ExceptionMapper<PersistenceException> {
        private final UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();

        @Override
        public Response toResponse(PersistenceException e) {
            return DatabaseErrors.isUnavailable(e) ? unavailable() : unexpected.toResponse(e);
        }
    }
}
