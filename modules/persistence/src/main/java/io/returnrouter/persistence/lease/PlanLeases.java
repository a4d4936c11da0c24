package io.returnrouter.persistence.lease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Who solves which plan, kept in the database so that any number of instances share one queue.
 * Every transition is a conditional update whose WHERE clause states the state it leaves, so two
 * instances can never both win one: claim (QUEUED, or SOLVING with an expired lease → SOLVING, owner,
 * attempt + 1), renew, release, fail, and cancellation requested by any instance.
 *
 * <p>Plain JDBC on purpose: the claim needs {@code SELECT … FOR UPDATE SKIP LOCKED} and each call is
 * its own short local transaction, outside any container transaction. Callers must therefore not
 * hold a JTA transaction. Times come from the instances' clocks (kept in step by NTP in production).
 */
public class PlanLeases {

    /** What a renewal found. */
    public enum Renewal {
        /** Still ours, go on. */
        HELD,
        /** Still ours, but someone asked to stop: terminate and store the best solution as CANCELLED. */
        CANCEL_REQUESTED,
        /** Taken over, finished or deleted meanwhile: stop and store nothing. */
        LOST
    }

    /** What a cancellation request did. */
    public enum Cancellation {
        /** Nobody was solving it (queued, or its owner's lease had expired): CANCELLED at once. */
        CANCELLED_NOW,
        /** Its owner is solving it and stops at its next renewal, keeping the best solution. */
        STOPPING,
        /** It had already finished (or did not exist). */
        ALREADY_FINAL
    }

    private static final String CLAIMABLE = "(status = 'QUEUED' OR (status = 'SOLVING' AND lease_until < ?))";

    private final DataSource dataSource;

    public PlanLeases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims the oldest plan nobody holds, if any. A plan whose dead owner had been asked to stop is
     * cancelled on the way instead of being solved again.
     */
    public Optional<Lease> claimNext(String owner, Instant now, Duration leaseFor) throws SQLException {
        while (true) {
            Claim claim = inTransaction(c -> {
                Candidate candidate = oldestClaimable(c, now);
                if (candidate == null) {
                    return Claim.NONE;
                }
                if (candidate.cancelRequested()) {
                    cancelUnowned(c, candidate.id(), now);
                    return Claim.SKIPPED;
                }
                int claimed = update(c, "UPDATE plan SET status = 'SOLVING', owner = ?, lease_until = ?, "
                                + "attempt = attempt + 1, started_at = ?, updated_at = ? WHERE id = ? AND " + CLAIMABLE,
                        owner, ts(now.plus(leaseFor)), ts(now), ts(now), candidate.id(), ts(now));
                // 0: taken by another instance between our read and our write (possible on H2, see above)
                return claimed == 1 ? new Claim(new Lease(candidate.id(), owner, attemptOf(c, candidate.id()))) : Claim.SKIPPED;
            });
            if (claim != Claim.SKIPPED) {
                return Optional.ofNullable(claim.lease());
            }
        }
    }

    /** Extends the lease if it is still ours, and says whether the plan should go on. */
    public Renewal renew(Lease lease, Instant now, Duration leaseFor) throws SQLException {
        return inTransaction(c -> {
            int held = update(c, "UPDATE plan SET lease_until = ? WHERE id = ? AND owner = ? AND attempt = ? "
                    + "AND status = 'SOLVING'", ts(now.plus(leaseFor)), lease.planId(), lease.owner(), lease.attempt());
            return held != 1 ? Renewal.LOST
                    : cancelRequested(c, lease.planId()) ? Renewal.CANCEL_REQUESTED : Renewal.HELD;
        });
    }

    /** Stores the best score so far, so every instance can show it; false if the lease is lost. */
    public boolean progress(Lease lease, String bestScore, String progressJson, Instant now) throws SQLException {
        return inTransaction(c -> update(c, "UPDATE plan SET best_score = ?, progress_json = ?, updated_at = ? "
                        + "WHERE id = ? AND owner = ? AND attempt = ? AND status = 'SOLVING'",
                bestScore, progressJson, ts(now), lease.planId(), lease.owner(), lease.attempt()) == 1);
    }

    /** Gives a plan back to the queue (this instance stops), so another instance claims it at once. */
    public boolean release(Lease lease, Instant now) throws SQLException {
        return inTransaction(c -> update(c, "UPDATE plan SET status = 'QUEUED', owner = NULL, lease_until = NULL, "
                        + "started_at = NULL, best_score = NULL, progress_json = NULL, updated_at = ? "
                        + "WHERE id = ? AND owner = ? AND attempt = ? AND status = 'SOLVING'",
                ts(now), lease.planId(), lease.owner(), lease.attempt()) == 1);
    }

    /** Marks a plan FAILED, if the lease is still ours. */
    public boolean fail(Lease lease, String reason, Instant now) throws SQLException {
        String failure = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        return inTransaction(c -> update(c, "UPDATE plan SET status = 'FAILED', owner = NULL, lease_until = NULL, "
                        + "failure = ?, finished_at = ?, updated_at = ? WHERE id = ? AND owner = ? AND attempt = ? "
                        + "AND status = 'SOLVING'",
                failure, ts(now), ts(now), lease.planId(), lease.owner(), lease.attempt()) == 1);
    }

    /**
     * Asks a plan to stop, whichever instance received the request: a plan nobody is solving is
     * CANCELLED at once; a plan being solved is flagged, and its owner stops at its next renewal.
     */
    public Cancellation requestCancel(String planId, Instant now) throws SQLException {
        return inTransaction(c -> {
            if (update(c, "UPDATE plan SET cancel_requested = TRUE, updated_at = ? WHERE id = ? "
                    + "AND status IN ('QUEUED', 'SOLVING')", ts(now), planId) == 0) {
                return Cancellation.ALREADY_FINAL;
            }
            return update(c, "UPDATE plan SET status = 'CANCELLED', owner = NULL, lease_until = NULL, "
                    + "finished_at = ? WHERE id = ? AND " + CLAIMABLE, ts(now), planId, ts(now)) == 1
                    ? Cancellation.CANCELLED_NOW : Cancellation.STOPPING;
        });
    }

    private record Candidate(String id, boolean cancelRequested) {
    }

    /** A claim's outcome: a lease, nothing to claim, or try again (the candidate went elsewhere). */
    private record Claim(Lease lease) {
        static final Claim NONE = new Claim(null);
        static final Claim SKIPPED = new Claim(null);
    }

    @FunctionalInterface
    private interface Work<T> {
        T in(Connection c) throws SQLException;
    }

    private static Candidate oldestClaimable(Connection c, Instant now) throws SQLException {
        // SKIP LOCKED: instances claiming at the same moment take different plans instead of queueing
        // on one row. H2 accepts the clause but applies it after FETCH FIRST, so there a concurrent
        // claimer may see no row for a moment; the conditional update keeps both engines correct.
        try (PreparedStatement s = c.prepareStatement("SELECT id, cancel_requested FROM plan WHERE " + CLAIMABLE
                + " ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")) {
            s.setTimestamp(1, ts(now));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Candidate(rs.getString(1), rs.getBoolean(2)) : null;
            }
        }
    }

    private static void cancelUnowned(Connection c, String planId, Instant now) throws SQLException {
        update(c, "UPDATE plan SET status = 'CANCELLED', owner = NULL, lease_until = NULL, finished_at = ?, "
                + "updated_at = ?, failure = ? WHERE id = ? AND " + CLAIMABLE, ts(now), ts(now),
                "cancelled while the instance solving it was down; its best solution was not stored", planId, ts(now));
    }

    private static boolean cancelRequested(Connection c, String planId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT cancel_requested FROM plan WHERE id = ?")) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static int attemptOf(Connection c, String planId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT attempt FROM plan WHERE id = ?")) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    /** One local transaction: committed when the work returns, rolled back when it throws. */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.in(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
