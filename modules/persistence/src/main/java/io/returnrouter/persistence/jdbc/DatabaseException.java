package io.returnrouter.persistence.jdbc;

import java.sql.SQLException;

/** A database error that is neither a duplicate nor an outage: a bug or a broken schema. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(SQLException cause) {
        super(cause.getMessage() + " (SQLState " + cause.getSQLState() + ")", cause);
    }
}
