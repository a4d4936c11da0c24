package io.returnrouter.persistence.notify;

import io.returnrouter.core.notify.Backoff;
import io.returnrouter.persistence.jdbc.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhook outbox. Rows are written by the transaction that makes an event happen
 * ({@link #enqueue}, on the caller's connection), and delivered at least once by whichever
 * instance claims them: a claim takes due rows with {@code FOR UPDATE SKIP LOCKED} (two instances
 * take different rows), raises {@code attempts} and sets a lease; the outcome is written only if
 * the lease is still the claimer's ({@code attempts} unchanged), so an instance that stalled past
 * its lease cannot overwrite the outcome of the instance that took over. A crash between the send
 * and the outcome means the row is sent again when the lease expires: receivers dedupe by event id.
 */
public class Outbox {

    private final Transactions transactions;

    public Outbox(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Queues the event for every live subscription of the shop to its type, in the caller's
     * transaction; returns how many rows it wrote. An event queued twice for one subscription
     * (a retried transaction) is written once.
     */
    public static int enqueue(Connection c, String shopId, String eventId, String eventType, String returnId,
                              String payload, Instant now) throws SQLException {
        int written = 0;
        for (Subscription s : SubscriptionStore.subscribedTo(c, shopId, eventType)) {
            if (queued(c, s.id(), eventId)) {
                continue;
            }
            written += Jdbc.update(c, "INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, return_id, "
                            + "payload, status, attempts, next_attempt_at, window_start, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)",
                    UUID.randomUUID().toString(), s.id(), eventId, eventType, returnId, payload, now, now, now);
        }
        return written;
    }

    private static boolean queued(Connection c, String subscriptionId, String eventId) throws SQLException {
        try (PreparedStatement s = Jdbc.prepare(c, "SELECT 1 FROM webhook_delivery WHERE subscription_id = ? AND event_id = ?",
                subscriptionId, eventId); ResultSet rs = s.executeQuery()) {
            return rs.next();
        }
    }

    /** Claims up to {@code limit} due deliveries for {@code owner}, each leased for {@code leaseFor}. */
    public List<ClaimedDelivery> claimDue(String owner, Instant now, Duration leaseFor, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return transactions.inTransaction(c -> {
            List<String> ids = new ArrayList<>();
            // Only the oldest pending event of a return per subscription: a return's events arrive in
            // the order they happened, and one a receiver refuses holds back that return's later ones.
            try (PreparedStatement s = Jdbc.prepare(c, "SELECT id FROM webhook_delivery d WHERE status = 'PENDING' "
                    + "AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?) AND NOT EXISTS ("
                    + "SELECT 1 FROM webhook_delivery e WHERE e.subscription_id = d.subscription_id "
                    + "AND e.return_id = d.return_id AND e.status = 'PENDING' AND (e.created_at < d.created_at "
                    + "OR (e.created_at = d.created_at AND e.id < d.id))) ORDER BY next_attempt_at, id "
                    + "FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED", now, now);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            List<ClaimedDelivery> claimed = new ArrayList<>();
            for (String id : ids) {
                // Conditional: on H2, SKIP LOCKED may not hide a row another claimer just took.
                if (Jdbc.update(c, "UPDATE webhook_delivery SET attempts = attempts + 1, lease_owner = ?, lease_until = ? "
                        + "WHERE id = ? AND status = 'PENDING' AND (lease_until IS NULL OR lease_until < ?)",
                        owner, now.plus(leaseFor), id, now) == 1) {
                    claimed.add(read(c, id, owner));
                }
            }
            return claimed;
        });
    }

    private static ClaimedDelivery read(Connection c, String id, String owner) throws SQLException {
        try (PreparedStatement s = Jdbc.prepare(c, "SELECT d.attempts, d.event_id, d.payload, d.window_start, "
                + "w.url, w.secret FROM webhook_delivery d JOIN webhook_subscription w ON w.id = d.subscription_id "
                + "WHERE d.id = ?", id); ResultSet rs = s.executeQuery()) {
            rs.next();
            return new ClaimedDelivery(id, rs.getInt("attempts"), owner, rs.getString("url"), rs.getString("secret"),
                    rs.getString("event_id"), rs.getString("payload"), Jdbc.instant(rs, "window_start"));
        }
    }

    /**
     * Records an attempt and its consequence: DELIVERED on a 2xx answer, else due again after the
     * backoff, or FAILED when the next attempt would fall past the window. False (and nothing
     * written) when the lease was lost meanwhile.
     */
    public boolean complete(ClaimedDelivery d, Integer statusCode, String error, Instant startedAt, Duration took,
                            Instant now, Backoff backoff) {
        boolean success = statusCode != null && statusCode >= 200 && statusCode < 300;
        Optional<Instant> next = success ? Optional.empty() : backoff.next(d.attempt(), now, d.windowStart());
        return transactions.inTransaction(c -> {
            int updated;
            if (success) {
                updated = Jdbc.update(c, "UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = ?, "
                        + "last_status_code = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND attempts = ? "
                        + "AND lease_owner = ? AND status = 'PENDING'", now, statusCode, d.id(), d.attempt(), d.owner());
            } else {
                updated = Jdbc.update(c, "UPDATE webhook_delivery SET status = ?, next_attempt_at = ?, "
                                + "last_status_code = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND attempts = ? "
                                + "AND lease_owner = ? AND status = 'PENDING'", next.isPresent() ? "PENDING" : "FAILED",
                        next.orElse(now), statusCode, d.id(), d.attempt(), d.owner());
            }
            if (updated == 1) {
                Jdbc.update(c, "INSERT INTO webhook_attempt (delivery_id, attempt, instance_id, started_at, duration_ms, "
                                + "status_code, error) VALUES (?, ?, ?, ?, ?, ?, ?)", d.id(), d.attempt(), d.owner(), startedAt,
                        (int) Math.min(Integer.MAX_VALUE, took.toMillis()), statusCode,
                        error == null ? null : error.length() > 500 ? error.substring(0, 500) : error);
            }
            return updated == 1;
        });
    }

    /**
     * Sends a delivery of the subscription again, with a new backoff window; its attempts so far
     * stay in the log. Empty when the subscription has no such delivery.
     */
    public boolean redeliver(String subscriptionId, String deliveryId, Instant now) {
        return transactions.inTransaction(c -> Jdbc.update(c, "UPDATE webhook_delivery SET status = 'PENDING', "
                + "next_attempt_at = ?, window_start = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? "
                + "AND subscription_id = ? AND status <> 'CANCELLED'", now, now, deliveryId, subscriptionId) == 1);
    }

    /** The subscription's deliveries, newest first, each with its attempts. */
    public List<Delivery> deliveries(String subscriptionId, int limit) {
        return transactions.autoCommit(c -> {
            Map<String, List<Delivery.Attempt>> attempts = new LinkedHashMap<>();
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement s = Jdbc.prepare(c, "SELECT * FROM webhook_delivery WHERE subscription_id = ? "
                    + "ORDER BY created_at DESC, id FETCH FIRST " + limit + " ROWS ONLY", subscriptionId);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[]{rs.getString("id"), rs.getString("event_id"), rs.getString("event_type"),
                            rs.getString("return_id"), rs.getString("status"), rs.getInt("attempts"),
                            Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "next_attempt_at"),
                            Jdbc.instant(rs, "delivered_at"), Jdbc.integer(rs, "last_status_code")});
                    attempts.put(rs.getString("id"), new ArrayList<>());
                }
            }
            try (PreparedStatement s = Jdbc.prepare(c, "SELECT a.* FROM webhook_attempt a JOIN webhook_delivery d "
                    + "ON d.id = a.delivery_id WHERE d.subscription_id = ? ORDER BY a.attempt", subscriptionId);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<Delivery.Attempt> list = attempts.get(rs.getString("delivery_id"));
                    if (list != null) {
                        list.add(new Delivery.Attempt(rs.getInt("attempt"), rs.getString("instance_id"),
                                Jdbc.instant(rs, "started_at"), rs.getInt("duration_ms"), Jdbc.integer(rs, "status_code"),
                                rs.getString("error")));
                    }
                }
            }
            List<Delivery> out = new ArrayList<>();
            for (Object[] r : rows) {
                String id = (String) r[0];
                out.add(new Delivery(id, subscriptionId, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (Integer) r[5], (Instant) r[6], (Instant) r[7], (Instant) r[8], (Integer) r[9], attempts.get(id)));
            }
            return out;
        });
    }
}
