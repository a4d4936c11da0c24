package io.returnrouter.persistence.lifecycle;

import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.lifecycle.StatusChange;
import io.returnrouter.core.lifecycle.Transitions;
import io.returnrouter.persistence.jdbc.SqlWork;
import io.returnrouter.persistence.jdbc.Transactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Returns' statuses and their events, in plain JDBC. A transition locks the return's row, checks
 * the state machine, stores the event and the new status and tells every {@link TransitionListener},
 * all on the caller's connection, so it commits or rolls back with whatever else the caller does
 * (the capacity booking of a confirmation, the release of a cancellation).
 */
@ApplicationScoped
public class LifecycleStore {

    @Resource(lookup = "jdbc/returnrouter")
    private DataSource dataSource;

    private Iterable<TransitionListener> listeners;

    /** For CDI. */
    protected LifecycleStore() {
    }

    @Inject
    LifecycleStore(Instance<TransitionListener> listeners) {
        this.listeners = listeners;
    }

    public LifecycleStore(DataSource dataSource, Iterable<TransitionListener> listeners) {
        this.dataSource = dataSource;
        this.listeners = listeners;
    }

    /** Work in one transaction of its own. */
    public <T> T inTransaction(SqlWork<T> work) {
        return new Transactions(dataSource).inTransaction(work);
    }

    /** Reads without a transaction. */
    public <T> T read(SqlWork<T> work) {
        return new Transactions(dataSource).autoCommit(work);
    }

    /**
     * Moves the return to {@code to}: the row is locked first, so concurrent transitions of one
     * return are applied one after the other, each against the status the previous one left.
     *
     * @return empty when there is no such return
     * @throws io.returnrouter.core.lifecycle.TransitionNotAllowedException when the state machine
     *         does not allow it; nothing is stored
     */
    public Optional<StatusChange> transition(Connection c, String returnId, ReturnStatus to, Instant at, String source,
                                             Map<String, Object> details) throws SQLException {
        Optional<ReturnState> current = lock(c, returnId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Transitions.check(current.get().status(), to);
        StatusChange change = new StatusChange(UUID.randomUUID().toString(), returnId, current.get().shopId(),
                current.get().status(), to, at, source, details);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO return_event (event_id, return_id, from_status, "
                + "to_status, occurred_at, recorded_at, source, details_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, change.eventId());
            s.setString(2, returnId);
            s.setString(3, change.from().name());
            s.setString(4, to.name());
            s.setTimestamp(5, Timestamp.from(at));
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            s.setString(7, source);
            s.setString(8, DetailsJson.write(change.details()));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE return_request SET status = ?, status_at = ? WHERE return_id = ?")) {
            s.setString(1, to.name());
            s.setTimestamp(2, Timestamp.from(at));
            s.setString(3, returnId);
            s.executeUpdate();
        }
        for (TransitionListener listener : listeners) {
            listener.onTransition(c, change);
        }
        return Optional.of(change);
    }

    /** The return's status under its row lock, for the rest of the caller's transaction. */
    public Optional<ReturnState> lock(Connection c, String returnId) throws SQLException {
        return state(c, returnId, true);
    }

    public Optional<ReturnState> state(String returnId) {
        return read(c -> state(c, returnId, false));
    }

    /** Every stored event of the return, in the order they were stored. */
    public List<StatusChange> timeline(String returnId) {
        return read(c -> {
            Optional<ReturnState> state = state(c, returnId, false);
            if (state.isEmpty()) {
                return List.of();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT event_id, from_status, to_status, occurred_at, "
                    + "source, details_json FROM return_event WHERE return_id = ? ORDER BY seq")) {
                s.setString(1, returnId);
                List<StatusChange> events = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        events.add(new StatusChange(r.getString(1), returnId, state.get().shopId(),
                                r.getString(2) == null ? null : ReturnStatus.valueOf(r.getString(2)),
                                ReturnStatus.valueOf(r.getString(3)), r.getTimestamp(4).toInstant(), r.getString(5),
                                DetailsJson.read(r.getString(6))));
                    }
                }
                return events;
            }
        });
    }

    /** The option confirmed for each parcel, by parcel id. */
    public Map<String, String> chosenOptions(String returnId) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT parcel_id, option_id FROM route_confirmation "
                    + "WHERE return_id = ? ORDER BY parcel_id")) {
                s.setString(1, returnId);
                Map<String, String> chosen = new LinkedHashMap<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        chosen.put(r.getString(1), r.getString(2));
                    }
                }
                return chosen;
            }
        });
    }

    private static Optional<ReturnState> state(Connection c, String returnId, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT shop_id, status, status_at FROM return_request "
                + "WHERE return_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setString(1, returnId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Timestamp at = r.getTimestamp(3);
                return Optional.of(new ReturnState(returnId, r.getString(1), ReturnStatus.valueOf(r.getString(2)),
                        at == null ? null : at.toInstant()));
            }
        }
    }
}
