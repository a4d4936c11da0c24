package io.returnrouter.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.persistence.TestDatabases;
import io.returnrouter.persistence.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaMigratorTest {

    static Stream<TestDatabase> databases() {
        return TestDatabases.fresh();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void upgradeFromVersion1KeepsExistingRows(TestDatabase db) throws SQLException {
        SchemaMigrator migrator = new SchemaMigrator(db.dataSource());
        assertThat(migrator.migrateTo("1").version()).isEqualTo("1");

        try (Connection c = db.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO market (code, name, currency, active, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, "NL");
            insert.setString(2, "Netherlands");
            insert.setString(3, "EUR");
            insert.setBoolean(4, true);
            insert.setTimestamp(5, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
            insert.executeUpdate();
        }

        SchemaVersion upgraded = migrator.migrate();

        assertThat(upgraded.version()).isEqualTo(SchemaMigrator.latestVersion());
        assertThat(upgraded.migrationsExecuted()).isEqualTo(IndexedMigrations.readIndex(getClass().getClassLoader()).size() - 1);
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT code, name, currency, languages FROM market")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("code")).isEqualTo("NL");
            assertThat(rs.getString("name")).isEqualTo("Netherlands");
            assertThat(rs.getString("languages")).isEqualTo("en");
            assertThat(rs.next()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migratingTwiceIsANoOp(TestDatabase db) {
        SchemaMigrator migrator = new SchemaMigrator(db.dataSource());
        SchemaVersion first = migrator.migrate();
        SchemaVersion second = migrator.migrate();

        assertThat(first.migrationsExecuted()).isEqualTo(IndexedMigrations.readIndex(getClass().getClassLoader()).size());
        assertThat(first.version()).isEqualTo(SchemaMigrator.latestVersion());
        assertThat(second.migrationsExecuted()).isZero();
        assertThat(second.version()).isEqualTo(first.version());
    }
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void upgradeFromVersion16_1GivesBookedParcelsTheStatusOfTheirReturn(TestDatabase db) throws SQLException {
        SchemaMigrator migrator = new SchemaMigrator(db.dataSource());
        migrator.migrateTo("16.1");
        Timestamp at = Timestamp.from(Instant.parse("2026-12-01T00:00:00Z"));
        String[][] returns = {{"R-HUB", "AT_HUB", "LABEL"}, {"R-DONE", "INSPECTED", "LABEL"},
                {"R-BOOKED", "PICKUP_BOOKED", "PICKUP"}, {"R-GONE", "CANCELLED", "LABEL"}};
        try (Connection c = db.dataSource().getConnection()) {
            for (String[] r : returns) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO return_request (return_id, shop_id, market, "
                        + "decision, request_hash, request_json, response_json, quoted_at, status) "
                        + "VALUES (?, 'shop', 'DE', 'ACCEPTED', 'h', '{}', '{}', ?, ?)")) {
                    s.setString(1, r[0]);
                    s.setTimestamp(2, at);
                    s.setString(3, r[1]);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO parcel_booking (return_id, parcel_id, "
                        + "carrier_id, service_id, kind, reference, mode, tracking_number, barcode_value, "
                        + "barcode_symbology, created_at, updated_at) VALUES (?, ?, 'c', 's', ?, ?, 'LIVE', 't', 'b', "
                        + "'CODE_128', ?, ?)")) {
                    s.setString(1, r[0]);
                    s.setString(2, r[0] + "-P1");
                    s.setString(3, r[2]);
                    s.setString(4, "RR" + r[0]);
                    s.setTimestamp(5, at);
                    s.setTimestamp(6, at);
                    s.executeUpdate();
                }
            }
        }

        migrator.migrate();

        java.util.Map<String, String> statuses = new java.util.TreeMap<>();
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT return_id, status FROM parcel_booking")) {
            while (rs.next()) {
                statuses.put(rs.getString(1), rs.getString(2));
            }
        }
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("R-HUB", "AT_HUB",
                "R-DONE", "RECEIVED", "R-BOOKED", "PICKUP_BOOKED", "R-GONE", "LABEL_CREATED"));
    }
}
