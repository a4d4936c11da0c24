package io.returnrouter.api.problem;

import io.returnrouter.persistence.SqlStates;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * A database that does not answer (told by the SQLState the driver reports, however JPA, JTA or
 * the pool wrapped it) is a 503 with {@code Retry-After}: the client may retry the same request,
 * and nothing was half written because every write is one transaction. Any other unexpected error
 * goes on to {@link UnexpectedExceptionMapper}. Mapped at {@link RuntimeException}, so that more
 * specific mappers of our own exceptions still win.
 */
@Provider
public class DatabaseUnavailableMapper implements ExceptionMapper<RuntimeException> {

    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class.getName());

    private final UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();

    @Override
    public Response toResponse(RuntimeException exception) {
        if (!SqlStates.isDatabaseUnavailable(exception)) {
            return unexpected.toResponse(exception);
        }
        LOG.warning(() -> "Database unavailable, answered 503: " + SqlStates.of(exception).orElse("no SQLState") + " "
                + exception.getMessage());
        return response();
    }

    /** The 503 problem a request gets while the database is down. */
    public static Response response() {
        return Response.fromResponse(Problems.response(503, "database-unavailable", "Service Unavailable",
                        "The database does not answer. Nothing was changed by this request; retry in a few seconds."))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }
}
