package io.returnrouter.persistence.jdbc;

import java.sql.SQLException;

/** The database cannot be reached or is restarting: worth retrying in a little while. */
public class DatabaseUnavailableException extends DatabaseException {

    public DatabaseUnavailableException(SQLException cause) {
        super(cause);
    }
}
