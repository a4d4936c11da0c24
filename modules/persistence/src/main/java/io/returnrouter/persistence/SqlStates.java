package io.returnrouter.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Tells database errors apart by their SQLState (ISO/IEC 9075 classes, shared by PostgreSQL and
 * H2) instead of by exception type or message: "another row has this key" is a normal outcome of
 * concurrent writers, "the database does not answer" is an outage to report as 503, anything else
 * is a bug. JPA, JTA and the connection pool wrap the driver's exception; the cause chain is searched.
 */
public final class SqlStates {

    /** unique_violation (class 23, integrity constraint violation). */
    public static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {
    }

    /** The first SQLState found in the cause chain. */
    public static Optional<String> of(Throwable error) {
        for (Throwable t = error; t != null; t = next(t)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    public static boolean isUniqueViolation(Throwable error) {
        return of(error).filter(UNIQUE_VIOLATION::equals).isPresent();
    }

    /**
     * True when the database cannot be reached or is shutting down: class 08 (connection
     * exception), 57P01–57P03 (PostgreSQL admin/crash shutdown, cannot connect now), 53300 (too many
     * connections), H2's 90067 (connection broken), or the driver's connection exception types.
     */
    public static boolean isDatabaseUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = next(t)) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300") || state.equals("90067")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null && sql.getCause() == null) {
            return sql.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
