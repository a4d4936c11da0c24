package io.returnrouter.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.returnrouter.persistence.Database;
import io.returnrouter.persistence.entity.MarketEntity;
import io.returnrouter.persistence.migration.SchemaMigrator;
import io.returnrouter.persistence.repository.MarketRepository;
import io.returnrouter.persistence.repository.ServiceStartRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside Liberty: JPA through the server's data source, on whichever database is configured. */
@ExtendWith(ArquillianExtension.class)
class PersistenceInContainerIT {

    private static final Logger LOG = Logger.getLogger(PersistenceInContainerIT.class.getName());

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(PersistenceInContainerIT.class);
    }

    @Inject
    MarketRepository markets;

    @Inject
    ServiceStartRepository starts;

    @Inject
    Database database;

    @Test
    void runsOnTheConfiguredDatabaseAtTheNewestSchema() {
        String product = database.product().orElseThrow();
        LOG.info("In-container test database: " + product);
        String url = System.getenv("RETURNROUTER_DB_URL");
        String expected = url != null && url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        assertEquals(expected, product.toLowerCase(Locale.ROOT));
        assertEquals(SchemaMigrator.latestVersion(), database.schemaVersion().orElseThrow().version());
        assertTrue(database.answers());
    }

    @Test
    void writesAndReadsAMarketThroughJpa() {
        markets.addIfAbsent(new MarketEntity("ZZ", "Test market", "EUR", "en", false, Instant.parse("2026-01-01T00:00:00Z")));

        MarketEntity read = markets.findByCode("ZZ").orElseThrow();

        assertEquals("Test market", read.getName());
        assertEquals("EUR", read.getCurrency());
        assertTrue(markets.findActive().stream().noneMatch(m -> m.getCode().equals("ZZ")),
                "an inactive market is not listed as active");
    }

    @Test
    void recordsTheServiceStart() {
        assertTrue(starts.count() >= 1);
        assertTrue(starts.first().orElseThrow().getStartedAt().isBefore(Instant.now().plusSeconds(1)));
    }
}
