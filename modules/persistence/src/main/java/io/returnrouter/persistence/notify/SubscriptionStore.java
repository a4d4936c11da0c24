package io.returnrouter.persistence.notify;

import io.returnrouter.persistence.jdbc.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Webhook subscriptions. A deleted one stays (its deliveries' log refers to it) but gets nothing more. */
public class SubscriptionStore {

    private static final String COLUMNS = "id, shop_id, url, events, secret, created_at";
    private final Transactions transactions;

    public SubscriptionStore(Transactions transactions) {
        this.transactions = transactions;
    }

    public void create(Subscription s) {
        transactions.inTransaction(c -> Jdbc.update(c, "INSERT INTO webhook_subscription (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?)", s.id(), s.shopId(), s.url(), String.join(",", s.events()),
                s.secret(), s.createdAt()));
    }

    /** The live subscription with this id, whichever shop's. */
    public Optional<Subscription> find(String id) {
        return transactions.autoCommit(c -> {
            List<Subscription> found = query(c, "SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ? "
                    + "AND deleted_at IS NULL", id);
            return found.stream().findFirst();
        });
    }

    /** A shop's live subscriptions, or every shop's when {@code shopId} is null, oldest first. */
    public List<Subscription> list(String shopId) {
        return transactions.autoCommit(c -> shopId == null
                ? query(c, "SELECT " + COLUMNS + " FROM webhook_subscription WHERE deleted_at IS NULL ORDER BY created_at, id")
                : query(c, "SELECT " + COLUMNS + " FROM webhook_subscription WHERE deleted_at IS NULL AND shop_id = ? "
                        + "ORDER BY created_at, id", shopId));
    }

    /** Stops a subscription; its pending deliveries are not sent. True if it was live. */
    public boolean delete(String id, Instant at) {
        return transactions.inTransaction(c -> {
            int deleted = Jdbc.update(c, "UPDATE webhook_subscription SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                    at, id);
            Jdbc.update(c, "UPDATE webhook_delivery SET status = 'CANCELLED', lease_owner = NULL, lease_until = NULL "
                    + "WHERE subscription_id = ? AND status = 'PENDING'", id);
            return deleted == 1;
        });
    }

    /** The shop's live subscriptions to an event type, on the caller's connection (inside its transaction). */
    static List<Subscription> subscribedTo(Connection c, String shopId, String eventType) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM webhook_subscription WHERE shop_id = ? AND deleted_at IS NULL "
                + "ORDER BY id", shopId).stream().filter(s -> s.events().contains(eventType)).toList();
    }

    private static List<Subscription> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = Jdbc.prepare(c, sql, parameters); ResultSet rs = s.executeQuery()) {
            List<Subscription> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Subscription(rs.getString("id"), rs.getString("shop_id"), rs.getString("url"),
                        Arrays.asList(rs.getString("events").split(",")), rs.getString("secret"),
                        Jdbc.instant(rs, "created_at")));
            }
            return out;
        }
    }
}
