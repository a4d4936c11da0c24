package io.returnrouter.persistence;

import io.returnrouter.persistence.migration.SchemaMigrator;
import io.returnrouter.persistence.migration.SchemaVersion;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The application's database: migrated to the newest schema before anything else starts, and
 * asked whether it answers for the readiness check.
 */
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/returnrouter")
    private DataSource dataSource;

    private volatile SchemaVersion schemaVersion;
    private volatile String product;

    /** Runs first among start-up observers: everything after it may use the schema. */
    void migrateOnStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup startup,
                          StartupFailures failures) {
        failures.attempt("database migration", () -> {
            try (Connection connection = dataSource.getConnection()) {
                product = connection.getMetaData().getDatabaseProductName();
            }
            schemaVersion = new SchemaMigrator(dataSource).migrate();
            LOG.info(() -> "Database " + product + " at schema version " + schemaVersion.version()
                    + " (" + schemaVersion.migrationsExecuted() + " migrations applied now)");
        });
    }

    /** The schema version in force, empty until the start-up migration has finished. */
    public Optional<SchemaVersion> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }

    public Optional<String> product() {
        return Optional.ofNullable(product);
    }

    /** True when a connection can be had and the database confirms it is valid. */
    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            LOG.warning(() -> "Database does not answer: " + e.getMessage());
            return false;
        }
    }
}
