package io.returnrouter.persistence.jdbc;

import java.sql.SQLException;

/** A row with the same key exists: another request stored it first. */
public class UniqueViolationException extends DatabaseException {

    public UniqueViolationException(SQLException cause) {
        super(cause);
    }
}
