package io.returnrouter.persistence.lifecycle;

import io.returnrouter.core.spi.carrier.TrackingUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Tracking events as received, each once per carrier and carrier event id: the unique constraint
 * turns a second delivery of the same event (a retried webhook, a poll that sees it again, the
 * same webhook at two instances) into a unique violation, so it is applied once.
 */
@ApplicationScoped
public class TrackingStore {

    /** What became of a tracking event. */
    public enum Outcome {
        /** Moved the parcel's status (and, by the parcels' rule, maybe the return's). */
        APPLIED,
        /** Matched a parcel but changed nothing (an announcement, a milestone older than the parcel's status). */
        NO_CHANGE,
        /** No parcel has this tracking number (yet): kept for support. */
        UNMATCHED,
        /** A carrier status the module does not map: kept and logged. */
        UNKNOWN_STATUS
    }

    /**
     * Stores the event first in the caller's transaction, before it is applied.
     *
     * @throws SQLException with SQLState 23505 when the carrier's event was stored before
     * @return the stored event's id
     */
    public String insert(Connection c, String carrierId, TrackingUpdate update, Instant now) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tracking_event (id, carrier_id, carrier_event_id, "
                + "tracking_number, carrier_status, milestone, occurred_at, location, description, outcome, received_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, carrierId);
            s.setString(3, cut(update.carrierEventId(), 200));
            s.setString(4, cut(update.trackingNumber(), 80));
            s.setString(5, cut(update.carrierStatus(), 120));
            s.setString(6, update.milestone().name());
            s.setTimestamp(7, Timestamp.from(update.at()));
            s.setString(8, cut(update.location(), 200));
            s.setString(9, cut(update.description(), 500));
            s.setString(10, Outcome.UNMATCHED.name());
            s.setTimestamp(11, Timestamp.from(now));
            s.executeUpdate();
        }
        return id;
    }

    public void settle(Connection c, String id, String returnId, String parcelId, Outcome outcome) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE tracking_event SET return_id = ?, parcel_id = ?, outcome = ? WHERE id = ?")) {
            s.setString(1, returnId);
            s.setString(2, parcelId);
            s.setString(3, outcome.name());
            s.setString(4, id);
            s.executeUpdate();
        }
    }

    /** What became of the carrier's event, if it was received. */
    public Optional<Outcome> outcome(Connection c, String carrierId, String carrierEventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT outcome FROM tracking_event WHERE carrier_id = ? AND carrier_event_id = ?")) {
            s.setString(1, carrierId);
            s.setString(2, carrierEventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(Outcome.valueOf(r.getString(1))) : Optional.empty();
            }
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
