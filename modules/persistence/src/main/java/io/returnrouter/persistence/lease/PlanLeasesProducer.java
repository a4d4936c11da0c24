package io.returnrouter.persistence.lease;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/** The application's plan leases, on its data source. */
@ApplicationScoped
public class PlanLeasesProducer {

    @Resource(lookup = "jdbc/returnrouter")
    private DataSource dataSource;

    @Produces
    PlanLeases planLeases() {
        return new PlanLeases(dataSource);
    }
}
