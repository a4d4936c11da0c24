package io.returnrouter.persistence.notify;

import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.lifecycle.StatusChange;
import io.returnrouter.persistence.jdbc.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code return_progress} read model and the alerts raised from it. */
public class ProgressStore {

    private static final Set<ReturnStatus> FINAL = EnumSet.of(ReturnStatus.REFUND_STARTED,
            ReturnStatus.EXCHANGE_SHIPPED, ReturnStatus.STORE_CREDIT_ISSUED, ReturnStatus.CANCELLED,
            ReturnStatus.EXPIRED, ReturnStatus.LOST);
    private static final Set<ReturnStatus> OUTCOMES = EnumSet.of(ReturnStatus.REFUND_STARTED,
            ReturnStatus.EXCHANGE_SHIPPED, ReturnStatus.STORE_CREDIT_ISSUED);

    private final Transactions transactions;

    public ProgressStore(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The return's quote as stored with the options confirmed for it, on the caller's connection. */
    public static Optional<StoredQuote> storedQuote(Connection c, String returnId) throws SQLException {
        String shop;
        String market;
        String request;
        String response;
        try (PreparedStatement s = Jdbc.prepare(c, "SELECT shop_id, market, request_json, response_json FROM "
                + "return_request WHERE return_id = ?", returnId); ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            shop = rs.getString(1);
            market = rs.getString(2);
            request = rs.getString(3);
            response = rs.getString(4);
        }
        List<String> options = new ArrayList<>();
        try (PreparedStatement s = Jdbc.prepare(c, "SELECT option_id FROM route_confirmation WHERE return_id = ? "
                + "ORDER BY parcel_id", returnId); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                options.add(rs.getString(1));
            }
        }
        return Optional.of(new StoredQuote(returnId, shop, market, request, response, options));
    }

    public static Optional<Progress> find(Connection c, String returnId) throws SQLException {
        List<Progress> found = query(c, "SELECT * FROM return_progress WHERE return_id = ?", returnId);
        return found.stream().findFirst();
    }

    public Optional<Progress> find(String returnId) {
        return transactions.autoCommit(c -> find(c, returnId));
    }

    /** Starts following a return with its plan. */
    public static void start(Connection c, StoredQuote quote, Plan plan, StatusChange first) throws SQLException {
        Jdbc.update(c, "INSERT INTO return_progress (return_id, shop_id, market, status, status_at, carrier, hub_id, "
                        + "planned_hand_in, planned_hub, planned_warehouse, closed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                quote.returnId(), quote.shopId(), quote.market(), first.to().name(), first.at(), plan.carrier(),
                plan.hubId(), plan.handIn(), plan.hub(), plan.warehouse(), false);
    }

    /** Records a status change: the status, and the first time of the milestone it reaches. */
    public static void apply(Connection c, StatusChange change) throws SQLException {
        ReturnStatus to = change.to();
        String column = switch (to) {
            case CONFIRMED -> "confirmed_at";
            case HANDED_IN -> "handed_in_at";
            case AT_HUB -> "at_hub_at";
            case RECEIVED -> "received_at";
            case REFUND_STARTED, EXCHANGE_SHIPPED, STORE_CREDIT_ISSUED -> "outcome_at";
            default -> null;
        };
        String milestone = column == null ? "" : ", " + column + " = COALESCE(" + column + ", ?)";
        List<Object> parameters = new ArrayList<>(List.of(to.name(), change.at()));
        if (column != null) {
            parameters.add(change.at());
        }
        String outcome = OUTCOMES.contains(to) ? ", outcome = COALESCE(outcome, ?)" : "";
        if (!outcome.isEmpty()) {
            parameters.add(to.name());
        }
        parameters.add(FINAL.contains(to));
        parameters.add(change.returnId());
        Jdbc.update(c, "UPDATE return_progress SET status = ?, status_at = ?" + milestone + outcome + ", closed = ? "
                + "WHERE return_id = ?", parameters.toArray());
    }

    public static void refundDeadline(Connection c, String returnId, LocalDate lastDay) throws SQLException {
        Jdbc.update(c, "UPDATE return_progress SET refund_deadline = ? WHERE return_id = ?", lastDay, returnId);
    }

    /** Returns still under way (not refunded, shipped, credited, cancelled, expired or lost). */
    public List<Progress> open(int limit) {
        return transactions.autoCommit(c -> query(c, "SELECT * FROM return_progress WHERE closed = FALSE "
                + "ORDER BY status_at, return_id FETCH FIRST " + limit + " ROWS ONLY"));
    }

    /** Every followed return confirmed from {@code since} on, for the KPIs. */
    public List<Progress> since(Instant since, int limit) {
        return transactions.autoCommit(c -> query(c, "SELECT * FROM return_progress WHERE confirmed_at >= ? "
                + "OR (confirmed_at IS NULL AND status_at >= ?) ORDER BY return_id FETCH FIRST " + limit + " ROWS ONLY",
                since, since));
    }

    /**
     * Raises an alert unless it was raised before, in the caller's transaction: true if this call
     * raised it. The primary key makes raising it twice impossible, whichever instance tries.
     */
    public static boolean raise(Connection c, String returnId, String kind, String milestone, String eventId,
                                LocalDate expectedOn, Instant now) throws SQLException {
        try (PreparedStatement s = Jdbc.prepare(c, "SELECT 1 FROM return_alert WHERE return_id = ? AND kind = ? "
                + "AND milestone = ?", returnId, kind, milestone); ResultSet rs = s.executeQuery()) {
            if (rs.next()) {
                return false;
            }
        }
        Jdbc.update(c, "INSERT INTO return_alert (return_id, kind, milestone, event_id, expected_on, raised_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", returnId, kind, milestone, eventId, expectedOn, now);
        return true;
    }

    /** Takes or renews the named job's lease; true when this owner holds it until {@code until}. */
    public boolean lease(String job, String owner, Instant now, Instant until) {
        return transactions.inTransaction(c -> Jdbc.update(c, "UPDATE job_lease SET owner = ?, lease_until = ? "
                + "WHERE name = ? AND (lease_until IS NULL OR lease_until < ? OR owner = ?)", owner, until, job, now,
                owner) == 1);
    }

    public Transactions transactions() {
        return transactions;
    }

    private static List<Progress> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = Jdbc.prepare(c, sql, parameters); ResultSet rs = s.executeQuery()) {
            List<Progress> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Progress(rs.getString("return_id"), rs.getString("shop_id"), rs.getString("market"),
                        rs.getString("status"), Jdbc.instant(rs, "status_at"), rs.getString("carrier"),
                        rs.getString("hub_id"), Jdbc.day(rs, "planned_hand_in"), Jdbc.day(rs, "planned_hub"),
                        Jdbc.day(rs, "planned_warehouse"), Jdbc.instant(rs, "confirmed_at"),
                        Jdbc.instant(rs, "handed_in_at"), Jdbc.instant(rs, "at_hub_at"), Jdbc.instant(rs, "received_at"),
                        Jdbc.instant(rs, "outcome_at"), rs.getString("outcome"), Jdbc.day(rs, "refund_deadline"),
                        rs.getBoolean("closed")));
            }
            return out;
        }
    }
}
