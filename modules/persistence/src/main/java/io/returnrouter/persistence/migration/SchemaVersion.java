package io.returnrouter.persistence.migration;

/** The outcome of a migration run: the version in force, how many migrations ran, on which database. */
public record SchemaVersion(String version, int migrationsExecuted, String database) {
}
