package io.returnrouter.persistence.lifecycle;

import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.lifecycle.Transitions;
import io.returnrouter.persistence.jdbc.Transactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The customers' contacts, the only table that holds personal data: kept per return, erased on
 * request, and purged once the return has been final for longer than the retention.
 */
@ApplicationScoped
public class ContactStore {

    private static final String FINAL = Arrays.stream(ReturnStatus.values()).filter(Transitions::isFinal)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    @Resource(lookup = "jdbc/returnrouter")
    private DataSource dataSource;

    /** For CDI. */
    protected ContactStore() {
    }

    public ContactStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the contact, each given field replacing the stored one. */
    public void keep(Connection c, String returnId, CustomerContact given, Instant now) throws SQLException {
        CustomerContact merged = find(c, returnId).map(stored -> stored.overriddenBy(given)).orElse(given);
        int updated;
        try (PreparedStatement s = c.prepareStatement("UPDATE customer_contact SET name = ?, street = ?, "
                + "house_number = ?, postal_code = ?, city = ?, country = ?, phone = ?, email = ?, updated_at = ? "
                + "WHERE return_id = ?")) {
            bind(s, merged);
            s.setTimestamp(9, Timestamp.from(now));
            s.setString(10, returnId);
            updated = s.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO customer_contact (name, street, house_number, "
                    + "postal_code, city, country, phone, email, updated_at, return_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(s, merged);
                s.setTimestamp(9, Timestamp.from(now));
                s.setString(10, returnId);
                s.executeUpdate();
            }
        }
    }

    public Optional<CustomerContact> find(String returnId) {
        return transactions().autoCommit(c -> find(c, returnId));
    }

    public Optional<CustomerContact> find(Connection c, String returnId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT name, street, house_number, postal_code, city, country, "
                + "phone, email FROM customer_contact WHERE return_id = ?")) {
            s.setString(1, returnId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new CustomerContact(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8)))
                        : Optional.empty();
            }
        }
    }

    /** @return whether there was anything to erase */
    public boolean erase(Connection c, String returnId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM customer_contact WHERE return_id = ?")) {
            s.setString(1, returnId);
            return s.executeUpdate() > 0;
        }
    }

    /**
     * Deletes the contacts of returns that reached a final status before {@code finalBefore}; one
     * idempotent statement, so instances running it at once do no harm.
     *
     * @return how many were deleted
     */
    public int purge(Instant finalBefore) {
        return transactions().inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM customer_contact WHERE return_id IN "
                    + "(SELECT return_id FROM return_request WHERE status IN (" + FINAL + ") AND status_at < ?)")) {
                s.setTimestamp(1, Timestamp.from(finalBefore));
                return s.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement s, CustomerContact c) throws SQLException {
        s.setString(1, c.name());
        s.setString(2, c.street());
        s.setString(3, c.houseNumber());
        s.setString(4, c.postalCode());
        s.setString(5, c.city());
        s.setString(6, c.country());
        s.setString(7, c.phone());
        s.setString(8, c.email());
    }

    private Transactions transactions() {
        return new Transactions(dataSource);
    }
}
