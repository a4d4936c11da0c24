package io.returnrouter.api.notify;

import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.persistence.notify.ProgressStore;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the alert check every {@code returnrouter.alerts.interval-seconds} on the one instance that
 * holds the {@code alerts} job lease (a row in {@code job_lease}), so several instances do not
 * repeat the work; should two overlap at a lease's end, the alert rows' keys still raise each
 * alert once.
 */
@ApplicationScoped
public class AlertScheduler {

    private static final Logger LOG = Logger.getLogger(AlertScheduler.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    ProgressStore progress;

    @Inject
    RoutingWorldSource worlds;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "returnrouter.alerts.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "returnrouter.alerts.interval-seconds", defaultValue = "300")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "returnrouter.alerts.delay-margin-days", defaultValue = "1")
    int marginDays;

    @Inject
    @ConfigProperty(name = "returnrouter.alerts.refund-days-left", defaultValue = "3")
    int refundDaysLeft;

    private final String owner = "alerts-" + UUID.randomUUID();
    private volatile ScheduledFuture<?> ticks;

    void start(@Observes Startup startup) {
        if (enabled) {
            ticks = scheduler.scheduleWithFixedDelay(this::tick, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
        }
    }

    private void tick() {
        try {
            Instant now = Instant.now();
            if (progress.lease("alerts", owner, now, now.plus(Duration.ofSeconds(intervalSeconds * 2)))) {
                int raised = check(Clock.systemUTC());
                if (raised > 0) {
                    LOG.info(() -> "Alerts: raised " + raised);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert check failed; the next one retries", e);
        }
    }

    /** One check as of the clock's time (tests pass a clock of their own). */
    public int check(Clock clock) {
        return new ReturnAlerts(progress, worlds.registry(), ShopNames.from(config), marginDays, refundDaysLeft, clock)
                .check();
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }
}
