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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Parcels' bookings with their carriers, the bookings still to retry and the parcels to poll, in
 * plain JDBC. Background work is claimed row by row with {@code FOR UPDATE SKIP LOCKED} and a
 * lease (the row's next due time moves ahead before the carrier is called), so any number of
 * instances share it and a crashed instance's claim falls due again.
 */
@ApplicationScoped
public class BookingStore {

    private static final String COLUMNS = "return_id, parcel_id, carrier_id, service_id, kind, reference, mode, "
            + "tracking_number, booking_reference, barcode_value, barcode_symbology, qr_payload, pickup_date, "
            + "window_from, window_to, hand_in_deadline, drop_off_point";

    /** Statuses in which a parcel (and its return) is still travelling, so its tracking is worth asking for. */
    private static final String TRAVELLING = "'" + String.join("','", ReturnStatus.LABEL_CREATED.name(),
            ReturnStatus.PICKUP_BOOKED.name(), ReturnStatus.HANDED_IN.name(), ReturnStatus.AT_HUB.name(),
            ReturnStatus.IN_LINEHAUL.name()) + "'";

    @Resource(lookup = "jdbc/returnrouter")
    private DataSource dataSource;

    /** For CDI. */
    protected BookingStore() {
    }

    public BookingStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores a booking; with {@code retryAt} also its retry job.
     *
     * @param pollFrom when to ask the carrier for tracking first; null for carriers that are not polled
     */
    public void insert(Connection c, StoredBooking b, Instant now, Instant retryAt, Instant pollFrom)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO parcel_booking (" + COLUMNS
                + ", created_at, updated_at, next_poll_at, status, status_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, b.returnId());
            s.setString(2, b.parcelId());
            s.setString(3, b.carrierId());
            s.setString(4, b.serviceId());
            s.setString(5, b.kind());
            s.setString(6, b.reference());
            s.setString(7, b.mode());
            s.setString(8, b.trackingNumber());
            s.setString(9, b.bookingReference());
            s.setString(10, b.barcodeValue());
            s.setString(11, b.barcodeSymbology());
            s.setString(12, b.qrPayload());
            s.setObject(13, b.pickupDate());
            s.setString(14, b.windowFrom());
            s.setString(15, b.windowTo());
            s.setTimestamp(16, timestamp(b.handInDeadline()));
            s.setString(17, b.dropOffPoint());
            s.setTimestamp(18, Timestamp.from(now));
            s.setTimestamp(19, Timestamp.from(now));
            s.setTimestamp(20, timestamp(pollFrom));
            // The parcel's own status starts where its booking puts it; its carrier's scans move it on.
            s.setString(21, (b.isPickup() ? ReturnStatus.PICKUP_BOOKED : ReturnStatus.LABEL_CREATED).name());
            s.setTimestamp(22, Timestamp.from(now));
            s.executeUpdate();
        }
        if (retryAt != null) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO booking_retry (return_id, parcel_id, attempts, "
                    + "next_attempt_at) VALUES (?, ?, 0, ?)")) {
                s.setString(1, b.returnId());
                s.setString(2, b.parcelId());
                s.setTimestamp(3, Timestamp.from(retryAt));
                s.executeUpdate();
            }
        }
    }

    public List<StoredBooking> bookings(String returnId) {
        return transactions().autoCommit(c -> bookings(c, returnId));
    }

    public List<StoredBooking> bookings(Connection c, String returnId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM parcel_booking WHERE return_id = ? "
                + "ORDER BY parcel_id")) {
            s.setString(1, returnId);
            return list(s);
        }
    }

    public Optional<StoredBooking> byTrackingNumber(Connection c, String carrierId, String trackingNumber)
            throws SQLException {
        // The newest booking of the number: carriers reuse numbers after a long time.
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM parcel_booking WHERE carrier_id = ? "
                + "AND tracking_number = ? ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY")) {
            s.setString(1, carrierId);
            s.setString(2, trackingNumber);
            return list(s).stream().findFirst();
        }
    }

    /** Whether a retry of this parcel's booking is pending. */
    public boolean retryPending(String returnId, String parcelId) {
        return transactions().autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT attempts FROM booking_retry WHERE return_id = ? AND parcel_id = ?")) {
                s.setString(1, returnId);
                s.setString(2, parcelId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /**
     * Claims up to {@code limit} due retries for {@code lease}: their next attempt moves past the
     * lease before this returns, so no other instance takes them meanwhile.
     */
    public List<ClaimedRetry> claimDueRetries(Instant now, Duration lease, int limit) {
        return transactions().inTransaction(c -> {
            List<ClaimedRetry> claimed = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT return_id, parcel_id, attempts FROM booking_retry "
                    + "WHERE next_attempt_at <= ? ORDER BY next_attempt_at FETCH FIRST " + limit
                    + " ROWS ONLY FOR UPDATE SKIP LOCKED")) {
                s.setTimestamp(1, Timestamp.from(now));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        claimed.add(new ClaimedRetry(r.getString(1), r.getString(2), r.getInt(3), null));
                    }
                }
            }
            List<ClaimedRetry> withBookings = new ArrayList<>();
            for (ClaimedRetry retry : claimed) {
                try (PreparedStatement s = c.prepareStatement("UPDATE booking_retry SET next_attempt_at = ? "
                        + "WHERE return_id = ? AND parcel_id = ?")) {
                    s.setTimestamp(1, Timestamp.from(now.plus(lease)));
                    s.setString(2, retry.returnId());
                    s.setString(3, retry.parcelId());
                    s.executeUpdate();
                }
                bookings(c, retry.returnId()).stream().filter(b -> b.parcelId().equals(retry.parcelId())).findFirst()
                        .ifPresent(b -> withBookings.add(new ClaimedRetry(retry.returnId(), retry.parcelId(),
                                retry.attempts(), b)));
            }
            return withBookings;
        });
    }

    /** The attempt failed: try again at {@code next}. */
    public void retryLater(String returnId, String parcelId, int attempts, Instant next, String error) {
        transactions().inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE booking_retry SET attempts = ?, next_attempt_at = ?, "
                    + "last_error = ? WHERE return_id = ? AND parcel_id = ?")) {
                s.setInt(1, attempts);
                s.setTimestamp(2, Timestamp.from(next));
                s.setString(3, error == null ? null : error.substring(0, Math.min(error.length(), 500)));
                s.setString(4, returnId);
                s.setString(5, parcelId);
                return s.executeUpdate();
            }
        });
    }

    /**
     * The carrier booked the parcel: the booking becomes LIVE with the carrier's numbers, and its
     * retry is done. The parcel keeps its ReturnRouter reference.
     *
     * @return false when the booking was no longer OFFLINE (another instance completed it)
     */
    public boolean goLive(Connection c, StoredBooking live, Instant now, Instant pollFrom) throws SQLException {
        int updated;
        try (PreparedStatement s = c.prepareStatement("UPDATE parcel_booking SET mode = ?, tracking_number = ?, "
                + "booking_reference = ?, barcode_value = ?, barcode_symbology = ?, qr_payload = ?, pickup_date = ?, "
                + "window_from = ?, window_to = ?, hand_in_deadline = ?, updated_at = ?, next_poll_at = ? "
                + "WHERE return_id = ? AND parcel_id = ? AND mode = ?")) {
            s.setString(1, StoredBooking.LIVE);
            s.setString(2, live.trackingNumber());
            s.setString(3, live.bookingReference());
            s.setString(4, live.barcodeValue());
            s.setString(5, live.barcodeSymbology());
            s.setString(6, live.qrPayload());
            s.setObject(7, live.pickupDate());
            s.setString(8, live.windowFrom());
            s.setString(9, live.windowTo());
            s.setTimestamp(10, timestamp(live.handInDeadline()));
            s.setTimestamp(11, Timestamp.from(now));
            s.setTimestamp(12, timestamp(pollFrom));
            s.setString(13, live.returnId());
            s.setString(14, live.parcelId());
            s.setString(15, StoredBooking.OFFLINE);
            updated = s.executeUpdate();
        }
        dropRetry(c, live.returnId(), live.parcelId());
        return updated == 1;
    }

    /** No more retries for the parcel (booked, refused by the carrier, or the return ended). */
    public void dropRetry(Connection c, String returnId, String parcelId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM booking_retry WHERE return_id = ? AND parcel_id = ?")) {
            s.setString(1, returnId);
            s.setString(2, parcelId);
            s.executeUpdate();
        }
    }

    /**
     * Claims up to {@code limit} live parcels of the given carriers whose tracking is due, and
     * which are still travelling, as their return is; the next poll moves {@code interval} ahead.
     */
    public List<StoredBooking> claimDuePolls(Collection<String> carriers, Instant now, Duration interval, int limit) {
        if (carriers.isEmpty()) {
            return List.of();
        }
        return transactions().inTransaction(c -> {
            List<StoredBooking> due;
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM parcel_booking WHERE "
                    + "next_poll_at <= ? AND mode = 'LIVE' AND carrier_id IN (" + placeholders(carriers.size()) + ") "
                    + "AND status IN (" + TRAVELLING + ") "
                    + "AND return_id IN (SELECT return_id FROM return_request WHERE status IN (" + TRAVELLING + ")) "
                    + "ORDER BY next_poll_at FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED")) {
                s.setTimestamp(1, Timestamp.from(now));
                int i = 2;
                for (String carrier : carriers) {
                    s.setString(i++, carrier);
                }
                due = list(s);
            }
            for (StoredBooking b : due) {
                try (PreparedStatement s = c.prepareStatement("UPDATE parcel_booking SET next_poll_at = ? "
                        + "WHERE return_id = ? AND parcel_id = ?")) {
                    s.setTimestamp(1, Timestamp.from(now.plus(interval)));
                    s.setString(2, b.returnId());
                    s.setString(3, b.parcelId());
                    s.executeUpdate();
                }
            }
            return due;
        });
    }

    /**
     * Returns whose drop-off labels are all past their hand-in deadline and that are still
     * LABEL_CREATED, locked for the caller's transaction (rows other instances hold are skipped).
     */
    public List<String> claimExpired(Connection c, Instant now, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT return_id FROM return_request r WHERE status = ? "
                + "AND EXISTS (SELECT 1 FROM parcel_booking b WHERE b.return_id = r.return_id AND b.kind = 'LABEL') "
                + "AND NOT EXISTS (SELECT 1 FROM parcel_booking b WHERE b.return_id = r.return_id "
                + "AND (b.hand_in_deadline IS NULL OR b.hand_in_deadline >= ?)) "
                + "ORDER BY status_at FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED")) {
            s.setString(1, ReturnStatus.LABEL_CREATED.name());
            s.setTimestamp(2, Timestamp.from(now));
            List<String> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static List<StoredBooking> list(PreparedStatement s) throws SQLException {
        List<StoredBooking> bookings = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Timestamp deadline = r.getTimestamp(16);
                bookings.add(new StoredBooking(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                        r.getString(10), r.getString(11), r.getString(12), r.getObject(13, LocalDate.class),
                        r.getString(14), r.getString(15), deadline == null ? null : deadline.toInstant(),
                        r.getString(17)));
            }
        }
        return bookings;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private Transactions transactions() {
        return new Transactions(dataSource);
    }

    /** A retry claimed for this instance, with the booking it completes. */
    public record ClaimedRetry(String returnId, String parcelId, int attempts, StoredBooking booking) {
    }
}
