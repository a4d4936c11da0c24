package io.returnrouter.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs JDBC work in a local transaction of its own: committed when the work returns, rolled back
 * when it throws. Used for the writes that must be one conditional statement each (capacity) and
 * whose errors must be told apart by SQLState, outside any container transaction.
 */
public final class Transactions {

    private final DataSource dataSource;

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The work in one transaction; SQL errors come back as {@link DatabaseException}s by SQLState. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw DatabaseErrors.translate(e);
        }
    }

    /** Each statement of the work commits on its own (reads, idempotent inserts). */
    public <T> T autoCommit(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw DatabaseErrors.translate(e);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
        }
    }
}
