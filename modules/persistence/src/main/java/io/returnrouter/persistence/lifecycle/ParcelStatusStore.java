package io.returnrouter.persistence.lifecycle;

import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.persistence.jdbc.Transactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Each booked parcel's own status (beside its booking) and its changes. Callers hold the return's
 * row lock ({@link LifecycleStore#lock}) for the transaction, so the parcels of one return change
 * one event after the other, whichever instance applies them.
 */
@ApplicationScoped
public class ParcelStatusStore {

    @Resource(lookup = "jdbc/returnrouter")
    private DataSource dataSource;

    /** For CDI. */
    protected ParcelStatusStore() {
    }

    public ParcelStatusStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The status of every booked parcel of the return, by parcel id. */
    public Map<String, ReturnStatus> statuses(Connection c, String returnId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT parcel_id, status FROM parcel_booking WHERE return_id = ? "
                + "ORDER BY parcel_id")) {
            s.setString(1, returnId);
            Map<String, ReturnStatus> statuses = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    statuses.put(r.getString(1), ReturnStatus.valueOf(r.getString(2)));
                }
            }
            return statuses;
        }
    }

    public Map<String, ReturnStatus> statuses(String returnId) {
        return new Transactions(dataSource).autoCommit(c -> statuses(c, returnId));
    }

    /** Moves the parcel from {@code from} to {@code to} and stores the change, in the caller's transaction. */
    public ParcelEvent move(Connection c, String returnId, String parcelId, ReturnStatus from, ReturnStatus to,
                            Instant at, String source, Map<String, Object> details) throws SQLException {
        ParcelEvent event = new ParcelEvent(UUID.randomUUID().toString(), parcelId, from, to, at, source,
                details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details)));
        try (PreparedStatement s = c.prepareStatement("UPDATE parcel_booking SET status = ?, status_at = ? "
                + "WHERE return_id = ? AND parcel_id = ?")) {
            s.setString(1, to.name());
            s.setTimestamp(2, Timestamp.from(at));
            s.setString(3, returnId);
            s.setString(4, parcelId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO parcel_event (event_id, return_id, parcel_id, "
                + "from_status, to_status, occurred_at, recorded_at, source, details_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, event.eventId());
            s.setString(2, returnId);
            s.setString(3, parcelId);
            s.setString(4, from.name());
            s.setString(5, to.name());
            s.setTimestamp(6, Timestamp.from(at));
            s.setTimestamp(7, Timestamp.from(Instant.now()));
            s.setString(8, source);
            s.setString(9, DetailsJson.write(details == null ? Map.of() : details));
            s.executeUpdate();
        }
        return event;
    }

    /** Every parcel event of the return, in the order they were stored. */
    public List<ParcelEvent> events(String returnId) {
        return new Transactions(dataSource).autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT event_id, parcel_id, from_status, to_status, "
                    + "occurred_at, source, details_json FROM parcel_event WHERE return_id = ? ORDER BY seq")) {
                s.setString(1, returnId);
                List<ParcelEvent> events = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        events.add(new ParcelEvent(r.getString(1), r.getString(2), ReturnStatus.valueOf(r.getString(3)),
                                ReturnStatus.valueOf(r.getString(4)), r.getTimestamp(5).toInstant(), r.getString(6),
                                DetailsJson.read(r.getString(7))));
                    }
                }
                return events;
            }
        });
    }
}
