package io.returnrouter.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on one connection inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {

    T apply(Connection connection) throws SQLException;
}
