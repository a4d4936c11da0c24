package io.returnrouter.app.health;

import io.returnrouter.persistence.StartupFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN for liveness and readiness when a start-up step failed (migration, seeding, routing
 * start-up): only a restart runs those steps again, so an orchestrator must restart the instance.
 */
@Liveness
@Readiness
@ApplicationScoped
public class StartupHealthCheck implements HealthCheck {

    private final StartupFailures failures;

    @Inject
    public StartupHealthCheck(StartupFailures failures) {
        this.failures = failures;
    }

    /** For CDI proxies only. */
    protected StartupHealthCheck() {
        this(null);
    }

    @Override
    public HealthCheckResponse call() {
        var failed = failures.failures();
        var response = HealthCheckResponse.named("startup").status(failed.isEmpty());
        for (int i = 0; i < failed.size(); i++) {
            response.withData("failure" + (i + 1), failed.get(i));
        }
        return response.build();
    }
}
