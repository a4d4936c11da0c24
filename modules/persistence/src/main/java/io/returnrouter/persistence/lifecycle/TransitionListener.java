package io.returnrouter.persistence.lifecycle;

import io.returnrouter.core.lifecycle.StatusChange;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Told of every stored status change inside the transaction that stores it, so what it writes
 * (e.g. a webhook outbox row) commits or rolls back with the change: nothing is announced that
 * did not happen, and nothing that happened goes unannounced. CDI beans implementing this are
 * called in no particular order; they must not commit, roll back or close the connection.
 */
public interface TransitionListener {

    void onTransition(Connection connection, StatusChange change) throws SQLException;
}
