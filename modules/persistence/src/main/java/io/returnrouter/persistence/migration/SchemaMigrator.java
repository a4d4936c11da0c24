package io.returnrouter.persistence.migration;

import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the newest schema with the versioned SQL migrations under
 * {@code db/migration}. The schema is owned by these migrations alone: EclipseLink never
 * generates DDL, so production and CI run exactly the SQL that is reviewed in the repository.
 * <p>
 * Migrations are listed in {@code db/migration/index.txt} (see {@link IndexedMigrations}).
 */
public final class SchemaMigrator {

    public static final String LOCATION = "classpath:" + IndexedMigrations.FOLDER;

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The newest version the migrations on the class path lead to, e.g. "5" for V5__x.sql. */
    public static String latestVersion() {
        return IndexedMigrations.readIndex(SchemaMigrator.class.getClassLoader()).stream()
                .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.'))
                .max(java.util.Comparator.comparing(java.math.BigDecimal::new))
                .orElseThrow(() -> new IllegalStateException("no migrations listed"));
    }

    /** Applies every pending migration and returns the schema version now in force. */
    public SchemaVersion migrate() {
        return migrateTo(null);
    }

    /**
     * Applies pending migrations up to {@code targetVersion} (inclusive), or all when it is null.
     * Used by the upgrade tests to build an older schema.
     */
    public SchemaVersion migrateTo(String targetVersion) {
        ClassLoader classLoader = getClass().getClassLoader();
        var configuration = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATION)
                .callbackLocations(LOCATION)
                .resourceProvider(new IndexedMigrations(classLoader))
                .javaMigrationClassProvider(List::of)
                // A database that already holds our tables but no history is refused rather than guessed at.
                .baselineOnMigrate(false)
                .validateOnMigrate(true);
        if (targetVersion != null) {
            configuration.target(targetVersion);
        }
        MigrateResult result = configuration.load().migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        return new SchemaVersion(version, result.migrationsExecuted, result.database);
    }
}
