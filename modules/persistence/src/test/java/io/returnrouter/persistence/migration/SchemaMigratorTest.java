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
}
