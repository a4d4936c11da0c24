package io.returnrouter.persistence.returns;

import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityKind;
import io.returnrouter.core.capacity.Claim;
import io.returnrouter.persistence.jdbc.SqlWork;
import io.returnrouter.persistence.jdbc.Transactions;
import io.returnrouter.persistence.jdbc.UniqueViolationException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The capacity ledger in the database: booked parcels and volume per bucket, and what each
 * confirmed return holds. A confirmation books in one transaction with one conditional UPDATE per
 * bucket ("raise it only while it stays within capacity"): the database serialises bookings of a
 * bucket, so no number of instances can overbook it, and a full bucket rolls back everything.
 */
@ApplicationScoped
public class CapacityLedger {

    private static final String KEY = "kind = ? AND resource_id = ? AND bucket_day = ?";

    @Resource(lookup = "jdbc/returnrouter")
    private DataSource dataSource;

    /** For CDI. */
    protected CapacityLedger() {
    }

    public CapacityLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Books every parcel's claims and marks the return confirmed, all or nothing. Buckets are
     * raised in one global order, so two confirmations never wait for each other in a circle.
     */
    public ConfirmOutcome confirm(Confirmation confirmation) {
        return confirm(confirmation, c -> null);
    }

    /**
     * As {@link #confirm(Confirmation)}, and {@code alsoWhenBooked} runs in the booking's transaction
     * once the return is booked (the lifecycle stores the CONFIRMED transition there).
     */
    public ConfirmOutcome confirm(Confirmation confirmation, SqlWork<?> alsoWhenBooked) {
        TreeSet<Bucket> buckets = new TreeSet<>();
        confirmation.parcels().forEach(p -> p.claims().forEach(c -> buckets.add(c.bucket())));
        ensureBuckets(buckets);
        try {
            return transactions().inTransaction(c -> {
                ConfirmOutcome outcome = book(c, confirmation);
                if (outcome instanceof ConfirmOutcome.Booked) {
                    alsoWhenBooked.apply(c);
                }
                return outcome;
            });
        } catch (BucketFull full) {
            return new ConfirmOutcome.Full(full.bucket);
        }
    }

    /** Releases what a confirmed return holds and marks it cancelled. */
    public Optional<CancelOutcome> cancel(String returnId, java.time.Instant at) {
        return cancel(returnId, at, c -> null);
    }

    /**
     * As {@link #cancel(String, java.time.Instant)}; {@code beforeRelease} runs in the cancellation's
     * transaction before anything is released, and may refuse it by throwing (then nothing changes).
     */
    public Optional<CancelOutcome> cancel(String returnId, java.time.Instant at, SqlWork<?> beforeRelease) {
        return transactions().inTransaction(c -> {
            Optional<StoredReturn> stored = ReturnStore.read(c, returnId, true);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            if (stored.get().isCancelled()) {
                return Optional.of(CancelOutcome.ALREADY_CANCELLED);
            }
            if (!stored.get().isConfirmed()) {
                return Optional.of(CancelOutcome.NOT_CONFIRMED);
            }
            beforeRelease.apply(c);
            releaseAfter(c, returnId, LocalDate.MIN);
            try (PreparedStatement s = c.prepareStatement("UPDATE return_request SET cancelled_at = ? WHERE return_id = ?")) {
                s.setTimestamp(1, Timestamp.from(at));
                s.setString(2, returnId);
                s.executeUpdate();
            }
            return Optional.of(CancelOutcome.RELEASED);
        });
    }

    /**
     * Releases, in the caller's transaction, what the return holds in buckets after {@code day}:
     * all of it for {@link LocalDate#MIN} (cancellation, expiry), or the capacity a parcel that has
     * arrived will no longer use.
     *
     * @return the days whose loads changed
     */
    public List<LocalDate> releaseAfter(Connection c, String returnId, LocalDate day) throws SQLException {
        return release(c, returnId, null, day);
    }

    /** As {@link #releaseAfter(Connection, String, LocalDate)} for one parcel of the return: the others keep theirs. */
    public List<LocalDate> releaseAfter(Connection c, String returnId, String parcelId, LocalDate day)
            throws SQLException {
        return release(c, returnId, parcelId, day);
    }

    private List<LocalDate> release(Connection c, String returnId, String parcelId, LocalDate day) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        for (Hold hold : holds(c, returnId)) {
            if (!hold.bucket().day().isAfter(day) || parcelId != null && !parcelId.equals(hold.parcelId())) {
                continue;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE capacity_bucket SET parcels = parcels - 1, "
                    + "volume_cm3 = volume_cm3 - ? WHERE " + KEY)) {
                s.setLong(1, hold.volumeCm3());
                bindBucket(s, 2, hold.bucket());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM capacity_hold WHERE return_id = ? "
                    + "AND parcel_id = ? AND " + KEY)) {
                s.setString(1, returnId);
                s.setString(2, hold.parcelId());
                bindBucket(s, 3, hold.bucket());
                s.executeUpdate();
            }
            days.add(hold.bucket().day());
        }
        return days;
    }

    /**
     * Marks, in the caller's transaction, that actual arrivals took the bucket over its capacity.
     *
     * @return true only the first time for the bucket, whichever instance stores it: the warning
     *         and the metric count each bucket once
     */
    public boolean markOverCapacity(Connection c, Bucket bucket, java.time.Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE capacity_bucket SET over_capacity_at = ? WHERE " + KEY
                + " AND over_capacity_at IS NULL")) {
            s.setTimestamp(1, Timestamp.from(at));
            bindBucket(s, 2, bucket);
            return s.executeUpdate() == 1;
        }
    }

    /** The loads of the buckets of a kind that arrivals took over capacity, from {@code from} on, oldest first. */
    public List<BucketLoad> markedOverCapacity(CapacityKind kind, LocalDate from) {
        return transactions().autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT resource_id, bucket_day, parcels, volume_cm3 "
                    + "FROM capacity_bucket WHERE kind = ? AND over_capacity_at IS NOT NULL AND bucket_day >= ? "
                    + "ORDER BY bucket_day, resource_id")) {
                s.setString(1, kind.name());
                s.setObject(2, from);
                List<BucketLoad> loads = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        loads.add(new BucketLoad(new Bucket(kind, r.getString(1), r.getObject(2, LocalDate.class)),
                                r.getInt(3), r.getLong(4)));
                    }
                }
                return loads;
            }
        });
    }

    /** The hub bucket a parcel of the return holds, in the caller's transaction; empty when it holds none. */
    public Optional<Bucket> hubHold(Connection c, String returnId, String parcelId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT resource_id, bucket_day FROM capacity_hold "
                + "WHERE return_id = ? AND parcel_id = ? AND kind = ?")) {
            s.setString(1, returnId);
            s.setString(2, parcelId);
            s.setString(3, CapacityKind.HUB.name());
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(new Bucket(CapacityKind.HUB, r.getString(1), r.getObject(2, LocalDate.class)))
                        : Optional.empty();
            }
        }
    }

    /**
     * Records where a parcel really is, in the caller's transaction: its hold moves from {@code from}
     * to {@code actual}. Unlike a booking this raises {@code actual} unconditionally: reality may
     * take a bucket over its capacity, and the ledger must count it. Moving to the bucket already
     * held, or from one not held (a repeated event), changes nothing.
     *
     * @return the actual bucket's load after the move; empty when nothing moved
     */
    public Optional<BucketLoad> recordActual(Connection c, String returnId, String parcelId, Bucket from,
                                             Bucket actual) throws SQLException {
        if (from.equals(actual)) {
            return Optional.empty();
        }
        ensureBuckets(List.of(actual));
        long volumeCm3;
        try (PreparedStatement s = c.prepareStatement("SELECT volume_cm3 FROM capacity_hold WHERE return_id = ? "
                + "AND parcel_id = ? AND " + KEY)) {
            s.setString(1, returnId);
            s.setString(2, parcelId);
            bindBucket(s, 3, from);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                volumeCm3 = r.getLong(1);
            }
        }
        // Both buckets change in the order bookings raise them, so this never waits in a circle with one.
        for (Bucket bucket : new TreeSet<>(List.of(from, actual))) {
            int sign = bucket.equals(actual) ? 1 : -1;
            try (PreparedStatement s = c.prepareStatement("UPDATE capacity_bucket SET parcels = parcels + ?, "
                    + "volume_cm3 = volume_cm3 + ? WHERE " + KEY)) {
                s.setInt(1, sign);
                s.setLong(2, sign * volumeCm3);
                bindBucket(s, 3, bucket);
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE capacity_hold SET resource_id = ?, bucket_day = ? "
                + "WHERE return_id = ? AND parcel_id = ? AND " + KEY)) {
            s.setString(1, actual.resourceId());
            s.setObject(2, actual.day());
            s.setString(3, returnId);
            s.setString(4, parcelId);
            bindBucket(s, 5, from);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT parcels, volume_cm3 FROM capacity_bucket WHERE " + KEY)) {
            bindBucket(s, 1, actual);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return Optional.of(new BucketLoad(actual, r.getInt(1), r.getLong(2)));
            }
        }
    }

    /** The booked loads of every bucket of one day (quotes read the days they offer). */
    public List<BucketLoad> loadsOn(LocalDate day) {
        return transactions().autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT kind, resource_id, parcels, volume_cm3 "
                    + "FROM capacity_bucket WHERE bucket_day = ? AND parcels > 0")) {
                s.setObject(1, day);
                List<BucketLoad> loads = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        loads.add(new BucketLoad(new Bucket(CapacityKind.valueOf(r.getString(1)), r.getString(2), day),
                                r.getInt(3), r.getLong(4)));
                    }
                }
                return loads;
            }
        });
    }

    /** How many parcels hold the bucket: always what the bucket's counter says. */
    public int holdsOf(Bucket bucket) {
        return transactions().autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM capacity_hold WHERE " + KEY)) {
                bindBucket(s, 1, bucket);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    private ConfirmOutcome book(Connection c, Confirmation confirmation) throws SQLException {
        Optional<StoredReturn> stored = ReturnStore.read(c, confirmation.returnId(), true);
        if (stored.isEmpty() || stored.get().isCancelled()
                || !stored.get().quotedAt().equals(confirmation.quotedAt())) {
            return new ConfirmOutcome.Stale();
        }
        if (stored.get().isConfirmed()) {
            return new ConfirmOutcome.AlreadyConfirmed(stored.get().confirmationHash(), stored.get().confirmationKey());
        }
        List<Map.Entry<String, Claim>> claims = new ArrayList<>();
        confirmation.parcels().forEach(p -> p.claims().forEach(claim -> claims.add(Map.entry(p.parcelId(), claim))));
        claims.sort(Comparator.comparing((Map.Entry<String, Claim> e) -> e.getValue().bucket())
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, Claim> entry : claims) {
            raise(c, entry.getValue());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO capacity_hold (return_id, parcel_id, kind, "
                    + "resource_id, bucket_day, volume_cm3) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, confirmation.returnId());
                s.setString(2, entry.getKey());
                bindBucket(s, 3, entry.getValue().bucket());
                s.setLong(6, entry.getValue().volumeCm3());
                s.executeUpdate();
            }
        }
        Timestamp at = Timestamp.from(confirmation.at());
        for (ParcelBooking parcel : confirmation.parcels()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO route_confirmation (return_id, parcel_id, "
                    + "option_id, volume_cm3, confirmed_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, confirmation.returnId());
                s.setString(2, parcel.parcelId());
                s.setString(3, parcel.optionId());
                s.setLong(4, parcel.volumeCm3());
                s.setTimestamp(5, at);
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE return_request SET confirmed_at = ?, "
                + "confirmation_hash = ?, confirmation_key = ? WHERE return_id = ?")) {
            s.setTimestamp(1, at);
            s.setString(2, confirmation.choicesHash());
            s.setString(3, confirmation.idempotencyKey());
            s.setString(4, confirmation.returnId());
            s.executeUpdate();
        }
        return new ConfirmOutcome.Booked();
    }

    /** One parcel more in the bucket, only while it stays within both capacities; else the whole booking fails. */
    private static void raise(Connection c, Claim claim) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE capacity_bucket SET parcels = parcels + 1, "
                + "volume_cm3 = volume_cm3 + ? WHERE " + KEY + " AND parcels <= ? AND volume_cm3 <= ?")) {
            s.setLong(1, claim.volumeCm3());
            bindBucket(s, 2, claim.bucket());
            // "booked ≤ capacity − added", so an unlimited capacity cannot overflow.
            s.setInt(5, claim.capacityParcels() - 1);
            s.setLong(6, claim.capacityVolumeCm3() - claim.volumeCm3());
            if (s.executeUpdate() == 0) {
                throw new BucketFull(claim.bucket());
            }
        }
    }

    /**
     * Creates missing bucket rows at zero, each in its own statement before the booking: a
     * concurrent creation of the same row is a unique violation here, harmless, instead of an
     * aborted booking transaction.
     */
    private void ensureBuckets(Iterable<Bucket> buckets) {
        for (Bucket bucket : buckets) {
            try {
                transactions().autoCommit(c -> {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO capacity_bucket (kind, resource_id, "
                            + "bucket_day, parcels, volume_cm3) SELECT ?, ?, ?, 0, 0 WHERE NOT EXISTS "
                            + "(SELECT 1 FROM capacity_bucket WHERE " + KEY + ")")) {
                        bindBucket(s, 1, bucket);
                        bindBucket(s, 4, bucket);
                        return s.executeUpdate();
                    }
                });
            } catch (UniqueViolationException createdMeanwhile) {
                // Another booking created the row between our check and insert: it exists, as wanted.
            }
        }
    }

    private static List<Hold> holds(Connection c, String returnId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT kind, resource_id, bucket_day, volume_cm3, parcel_id FROM "
                + "capacity_hold WHERE return_id = ?")) {
            s.setString(1, returnId);
            List<Hold> holds = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    holds.add(new Hold(new Bucket(CapacityKind.valueOf(r.getString(1)), r.getString(2),
                            r.getObject(3, LocalDate.class)), r.getLong(4), r.getString(5)));
                }
            }
            // Released in the order bookings raise buckets (the database's collation may sort otherwise).
            holds.sort(Comparator.comparing(Hold::bucket));
            return holds;
        }
    }

    private static void bindBucket(PreparedStatement s, int first, Bucket bucket) throws SQLException {
        s.setString(first, bucket.kind().name());
        s.setString(first + 1, bucket.resourceId());
        s.setObject(first + 2, bucket.day());
    }

    private Transactions transactions() {
        return new Transactions(dataSource);
    }

    private record Hold(Bucket bucket, long volumeCm3, String parcelId) {
    }

    /** Unwinds the booking transaction when a bucket has no room. */
    private static final class BucketFull extends RuntimeException {
        private final transient Bucket bucket;

        BucketFull(Bucket bucket) {
            super("no room in " + bucket, null, false, false);
            this.bucket = bucket;
        }
    }
}
