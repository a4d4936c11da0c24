package io.returnrouter.app.health;

import io.returnrouter.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and carries our schema: a quote without it would fail. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private final Database database;

    @Inject
    public DatabaseReadinessCheck(Database database) {
        this.database = database;
    }

    /** For CDI proxies only. */
    protected DatabaseReadinessCheck() {
        this(null);
    }

    @Override
    public HealthCheckResponse call() {
        boolean answers = database.answers();
        var schema = database.schemaVersion();
        return HealthCheckResponse.named("database")
                .status(answers && schema.isPresent())
                .withData("answers", answers)
                .withData("schemaVersion", schema.map(v -> v.version()).orElse("not migrated"))
                .withData("product", database.product().orElse("unknown"))
                .build();
    }
}
