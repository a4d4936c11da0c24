package io.returnrouter.app;

import io.returnrouter.persistence.entity.ServiceStartEntity;
import io.returnrouter.persistence.repository.ServiceStartRepository;
import io.returnrouter.persistence.StartupFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes one row per start (after the schema migration), shown by GET /api/v1/info. */
@ApplicationScoped
public class ServiceStartRecorder {

    private final ServiceStartRepository starts;
    private final String version;

    @Inject
    public ServiceStartRecorder(ServiceStartRepository starts,
                                @ConfigProperty(name = "returnrouter.version") String version) {
        this.starts = starts;
        this.version = version;
    }

    /** For CDI proxies only. */
    protected ServiceStartRecorder() {
        this(null, null);
    }

    void record(@Observes Startup startup, StartupFailures failures) {
        failures.attempt("service start record",
                () -> starts.record(new ServiceStartEntity(Instant.now(Clock.systemUTC()), version, hostName())));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
