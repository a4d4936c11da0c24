package io.returnrouter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.returnrouter.persistence.TestDatabases.TestDatabase;
import io.returnrouter.persistence.migration.SchemaMigrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The SQLStates the real drivers report, and how they are told apart. */
class SqlStatesTest {

    static Stream<TestDatabase> databases() {
        return TestDatabases.fresh();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSecondRowWithTheSameKeyIsAUniqueViolationAndNotAnOutage(TestDatabase db) throws SQLException {
        new SchemaMigrator(db.dataSource()).migrate();
        insertMarket(db, "QQ");

        Throwable duplicate = catchThrowable(() -> insertMarket(db, "QQ"));
        // as JPA and JTA hand it over: wrapped, more than once
        RuntimeException wrapped = new IllegalStateException("commit failed", new RuntimeException(duplicate));

        assertThat(SqlStates.isUniqueViolation(wrapped)).isTrue();
        assertThat(SqlStates.isDatabaseUnavailable(wrapped)).isFalse();
        assertThat(Seeding.unlessSeededMeanwhile(() -> {
            throw wrapped;
        })).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void otherErrorsAreNeitherAndStillFailSeeding(TestDatabase db) {
        Throwable syntax = catchThrowable(() -> {
            try (Connection c = db.dataSource().getConnection()) {
                c.createStatement().execute("SELEKT 1");
            }
        });
        RuntimeException wrapped = new RuntimeException(syntax);

        assertThat(SqlStates.of(syntax)).isPresent();
        assertThat(SqlStates.isUniqueViolation(syntax)).isFalse();
        assertThat(SqlStates.isDatabaseUnavailable(syntax)).isFalse();
        assertThat(catchThrowable(() -> Seeding.unlessSeededMeanwhile(() -> {
            throw wrapped;
        }))).isSameAs(wrapped);
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsAnOutage() {
        // nothing listens on port 1: the driver's connection error, as when PostgreSQL is restarting
        Throwable refused = catchThrowable(() -> DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "x", "x").close());

        assertThat(refused).isInstanceOf(SQLException.class);
        assertThat(SqlStates.isDatabaseUnavailable(new RuntimeException(refused))).isTrue();
        assertThat(SqlStates.isUniqueViolation(refused)).isFalse();
    }

    private static void insertMarket(TestDatabase db, String code) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO market (code, name, currency, active, created_at) VALUES (?, 'Test', 'EUR', TRUE, ?)")) {
            s.setString(1, code);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }
}
