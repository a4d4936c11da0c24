package io.returnrouter.persistence.returns;

import io.returnrouter.persistence.jdbc.SqlWork;
import io.returnrouter.persistence.jdbc.Transactions;
import io.returnrouter.persistence.repository.ReturnAlreadyConfirmedException;
import io.returnrouter.persistence.repository.ReturnIdTakenException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Quoted returns and their idempotency keys, in plain JDBC: the first quote of a return is one
 * conditional insert (no exception when the return exists, so a re-quote is not an error), and
 * the rare race between two first quotes is told apart by SQLState, never guessed.
 */
@ApplicationScoped
public class ReturnStore {

    static final String COLUMNS = "return_id, shop_id, market, decision, request_hash, request_json, response_json, "
            + "claims_json, quoted_at, confirmed_at, cancelled_at, confirmation_hash, confirmation_key";

    @Resource(lookup = "jdbc/returnrouter")
    private DataSource dataSource;

    /** For CDI. */
    protected ReturnStore() {
    }

    public ReturnStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<StoredReturn> find(String returnId) {
        return transactions().autoCommit(c -> read(c, returnId, false));
    }

    public Optional<StoredKey> findKey(String idempotencyKey, String shopId) {
        return transactions().autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT request_hash, return_id FROM idempotency_record WHERE idempotency_key = ? AND shop_id = ?")) {
                s.setString(1, idempotencyKey);
                s.setString(2, shopId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new StoredKey(r.getString(1), r.getString(2))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Stores a return's first quote and its key (if any) in one transaction. Most quotes are a
     * return's first, so they are inserted without a locking read first.
     *
     * @return false, with nothing written, when the return was quoted before (then {@link #requote})
     * @throws io.returnrouter.persistence.jdbc.UniqueViolationException when a concurrent request
     *         stored the same return or key first
     */
    public boolean insertFirst(NewQuote quote, String idempotencyKey, Instant at) {
        return insertFirst(quote, idempotencyKey, at, c -> null);
    }

    /** As {@link #insertFirst(NewQuote, String, Instant)}; {@code alsoStored} runs in its transaction once stored. */
    public boolean insertFirst(NewQuote quote, String idempotencyKey, Instant at, SqlWork<?> alsoStored) {
        return transactions().inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO return_request (return_id, shop_id, market, "
                    + "decision, request_hash, request_json, response_json, claims_json, quoted_at) "
                    + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM return_request WHERE return_id = ?)")) {
                bindQuote(s, quote);
                s.setString(10, quote.returnId());
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
            insertKey(c, idempotencyKey, quote, at);
            alsoStored.apply(c);
            return true;
        });
    }

    /**
     * Replaces the quote of an unconfirmed return under its row lock, or stores it if the return
     * is new, together with its key (if any).
     *
     * @throws ReturnIdTakenException         when another shop quoted the return id
     * @throws ReturnAlreadyConfirmedException when the return is confirmed (or was cancelled)
     */
    public void requote(NewQuote quote, String idempotencyKey, Instant at) {
        requote(quote, idempotencyKey, at, c -> null);
    }

    /** As {@link #requote(NewQuote, String, Instant)}; {@code alsoStored} runs in its transaction once stored. */
    public void requote(NewQuote quote, String idempotencyKey, Instant at, SqlWork<?> alsoStored) {
        transactions().inTransaction(c -> {
            Optional<StoredReturn> existing = read(c, quote.returnId(), true);
            if (existing.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO return_request (return_id, shop_id, market, "
                        + "decision, request_hash, request_json, response_json, claims_json, quoted_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    bindQuote(s, quote);
                    s.executeUpdate();
                }
            } else {
                StoredReturn stored = existing.get();
                if (!stored.shopId().equals(quote.shopId())) {
                    throw new ReturnIdTakenException(stored.returnId());
                }
                if (stored.isConfirmed() || stored.isCancelled()) {
                    throw new ReturnAlreadyConfirmedException(stored.returnId());
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE return_request SET decision = ?, request_hash = ?, "
                        + "request_json = ?, response_json = ?, claims_json = ?, quoted_at = ? WHERE return_id = ?")) {
                    s.setString(1, quote.decision());
                    s.setString(2, quote.requestHash());
                    s.setString(3, quote.requestJson());
                    s.setString(4, quote.responseJson());
                    s.setString(5, quote.claimsJson());
                    s.setTimestamp(6, Timestamp.from(quote.quotedAt()));
                    s.setString(7, quote.returnId());
                    s.executeUpdate();
                }
            }
            insertKey(c, idempotencyKey, quote, at);
            alsoStored.apply(c);
            return null;
        });
    }

    Transactions transactions() {
        return new Transactions(dataSource);
    }

    static Optional<StoredReturn> read(Connection c, String returnId, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM return_request WHERE return_id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setString(1, returnId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredReturn(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8), instant(r.getTimestamp(9)),
                        instant(r.getTimestamp(10)), instant(r.getTimestamp(11)), r.getString(12), r.getString(13)));
            }
        }
    }

    private static void bindQuote(PreparedStatement s, NewQuote quote) throws SQLException {
        s.setString(1, quote.returnId());
        s.setString(2, quote.shopId());
        s.setString(3, quote.market());
        s.setString(4, quote.decision());
        s.setString(5, quote.requestHash());
        s.setString(6, quote.requestJson());
        s.setString(7, quote.responseJson());
        s.setString(8, quote.claimsJson());
        s.setTimestamp(9, Timestamp.from(quote.quotedAt()));
    }

    private static void insertKey(Connection c, String idempotencyKey, NewQuote quote, Instant at) throws SQLException {
        if (idempotencyKey == null) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency_record (idempotency_key, shop_id, "
                + "request_hash, return_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, idempotencyKey);
            s.setString(2, quote.shopId());
            s.setString(3, quote.requestHash());
            s.setString(4, quote.returnId());
            s.setTimestamp(5, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
