package io.returnrouter.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real databases the persistence tests run on: always an embedded H2 file database, and
 * PostgreSQL too when RETURNROUTER_DB_URL points at one (as .ci/run does).
 * Each call gives an empty, private schema so tests never see each other's data.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A fresh, empty database per available engine. */
    public static Stream<TestDatabase> fresh() {
        List<TestDatabase> databases = new ArrayList<>();
        databases.add(freshH2());
        String pgUrl = System.getenv("RETURNROUTER_DB_URL");
        if (pgUrl != null && pgUrl.startsWith("jdbc:postgresql:")) {
            databases.add(freshPostgres(pgUrl));
        }
        return databases.stream();
    }

    private static TestDatabase freshH2() {
        String dir = System.getenv().getOrDefault("RETURNROUTER_TEST_H2_DIR", "target/test-db");
        JdbcDataSource ds = new JdbcDataSource();
        // Kept open until the JVM ends: opening a file database per connection is slow, and closing
        // one compacts it (which trips an H2 assertion under -ea).
        ds.setURL("jdbc:h2:file:" + Path.of(dir, "t" + UUID.randomUUID()).toAbsolutePath() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        return new TestDatabase("H2", ds);
    }

    private static TestDatabase freshPostgres(String url) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        String user = System.getenv().getOrDefault("RETURNROUTER_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("RETURNROUTER_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " is configured but not reachable", e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        ds.setCurrentSchema(schema);
        return new TestDatabase("PostgreSQL", ds);
    }

    /** A named data source; the name makes parameterised test output readable. */
    public record TestDatabase(String name, DataSource dataSource) {
        @Override
        public String toString() {
            return name;
        }
    }
}
