package io.returnrouter.persistence.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells database errors apart by SQLState (the same codes on PostgreSQL and H2), so a duplicate
 * is never mistaken for an outage nor an outage for a duplicate.
 */
public final class DatabaseErrors {

    /** SQL standard: integrity constraint violation, unique. */
    public static final String UNIQUE_VIOLATION = "23505";

    /** PostgreSQL: the server is shutting down, crashed, or not accepting connections yet; too many connections. */
    private static final Set<String> SERVER_UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseErrors() {
    }

    public static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A connection could not be had or was lost: the database is down or unreachable, for now. */
    public static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_UNAVAILABLE.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    public static DatabaseException translate(SQLException e) {
        if (isUnavailable(e)) {
            return new DatabaseUnavailableException(e);
        }
        if (isUniqueViolation(e)) {
            return new UniqueViolationException(e);
        }
        return new DatabaseException(e);
    }
}
