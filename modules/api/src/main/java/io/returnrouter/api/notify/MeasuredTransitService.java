package io.returnrouter.api.notify;

import io.returnrouter.persistence.notify.ProgressStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The measured transit quotes use, when switched on: read from the stored milestones in
 * PostgreSQL (every instance sees the same), of the returns confirmed within the window, and kept
 * per instance for at most a minute so a quote does not query the milestones each time.
 */
@ApplicationScoped
public class MeasuredTransitService {

    static final Duration REFRESH = Duration.ofMinutes(1);

    private final ProgressStore progress;
    private final boolean enabled;
    private final int minSamples;
    private final int windowDays;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(MeasuredTransit transit, Instant loadedAt) {
    }

    @Inject
    public MeasuredTransitService(ProgressStore progress,
                                  @ConfigProperty(name = "returnrouter.transit.measured.enabled", defaultValue = "false")
                                  boolean enabled,
                                  @ConfigProperty(name = "returnrouter.transit.measured.min-samples", defaultValue = "20")
                                  int minSamples,
                                  @ConfigProperty(name = "returnrouter.transit.measured.window-days", defaultValue = "90")
                                  int windowDays) {
        this(progress, enabled, minSamples, windowDays, Clock.systemUTC());
    }

    public MeasuredTransitService(ProgressStore progress, boolean enabled, int minSamples, int windowDays, Clock clock) {
        if (minSamples < 1 || windowDays < 1) {
            throw new IllegalArgumentException("returnrouter.transit.measured.min-samples and window-days must be "
                    + "at least 1");
        }
        this.progress = progress;
        this.enabled = enabled;
        this.minSamples = minSamples;
        this.windowDays = windowDays;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected MeasuredTransitService() {
        this.progress = null;
        this.enabled = false;
        this.minSamples = 20;
        this.windowDays = 90;
        this.clock = Clock.systemUTC();
    }

    /** The lanes measured well enough; none when switched off. */
    public MeasuredTransit current() {
        if (!enabled) {
            return MeasuredTransit.NONE;
        }
        Instant now = clock.instant();
        Snapshot held = snapshot;
        if (held == null || !now.isBefore(held.loadedAt().plus(REFRESH))) {
            held = new Snapshot(MeasuredTransit.of(progress.since(now.minus(Duration.ofDays(windowDays)),
                    ReturnKpiService.LIMIT), minSamples), now);
            snapshot = held;
        }
        return held.transit();
    }
}
