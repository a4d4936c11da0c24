package io.returnrouter.api.notify;

import io.returnrouter.persistence.notify.ProgressStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The KPI use case: the returns confirmed since a day, measured (see {@link ReturnKpis}). */
@ApplicationScoped
public class ReturnKpiService {

    /** Returns read per answer; months of a large shop, bounded so one call cannot exhaust memory. */
    static final int LIMIT = 200_000;

    private final ProgressStore progress;
    private final int marginDays;
    private final Clock clock;

    @Inject
    public ReturnKpiService(ProgressStore progress,
                            @ConfigProperty(name = "returnrouter.alerts.delay-margin-days", defaultValue = "1") int marginDays) {
        this(progress, marginDays, Clock.systemUTC());
    }

    public ReturnKpiService(ProgressStore progress, int marginDays, Clock clock) {
        this.progress = progress;
        this.marginDays = marginDays;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected ReturnKpiService() {
        this(null, 1, Clock.systemUTC());
    }

    /** @param since the first day counted; 90 days ago when null */
    public KpisDto kpis(LocalDate since) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = since == null ? today.minusDays(90) : since;
        return ReturnKpis.of(progress.since(from.atStartOfDay().toInstant(ZoneOffset.UTC), LIMIT), today, marginDays);
    }
}
