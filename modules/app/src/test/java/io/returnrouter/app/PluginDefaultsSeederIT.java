package io.returnrouter.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.returnrouter.app.plugins.PluginDefaultsSeeder;
import io.returnrouter.persistence.entity.PluginDefaultEntity;
import io.returnrouter.persistence.entity.PluginDefaultEntity.Kind;
import io.returnrouter.persistence.repository.MarketRepository;
import io.returnrouter.persistence.repository.PluginDefaultRepository;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Liberty (JUnit assertions: the test archive carries no AssertJ): the installed
 * modules' defaults are in the database once, and stay as stored.
 */
@ExtendWith(ArquillianExtension.class)
class PluginDefaultsSeederIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(PluginDefaultsSeederIT.class);
    }

    @Inject
    PluginDefaultRepository defaults;

    @Inject
    MarketRepository markets;

    @Inject
    PluginDefaultsSeeder seeder;

    @Test
    void everyInstalledModuleShippedItsDefaultsIntoTheDatabase() {
        List<String> marketCodes = defaults.findAll(Kind.MARKET).stream().map(PluginDefaultEntity::getCode).toList();
        List<String> carrierIds = defaults.findAll(Kind.CARRIER).stream().map(PluginDefaultEntity::getCode).toList();
        assertTrue(marketCodes.containsAll(List.of("BE", "CH", "DE", "DK", "FI", "FR", "GB", "NL", "NO", "PL", "SE")),
                "markets seeded: " + marketCodes);
        assertTrue(carrierIds.containsAll(List.of("bring", "dhl", "dpd", "inpost", "postnl", "postnord", "twoman")),
                "carriers seeded: " + carrierIds);
        PluginDefaultEntity norway = defaults.find(Kind.MARKET, "NO").orElseThrow();
        assertEquals("io.returnrouter.markets.no.NorwayMarket", norway.getSourceModule());
        assertTrue(norway.getDocument().contains("\"countryCode\": \"NO\""), norway.getDocument());
        assertTrue(norway.getDocument().contains("OUTSIDE_EU_CUSTOMS_UNION"), norway.getDocument());
        assertEquals("NOK", markets.findByCode("NO").orElseThrow().getCurrency());
    }

    @Test
    void seedingAgainAddsNothingAndKeepsWhatIsStored() {
        PluginDefaultEntity before = defaults.find(Kind.CARRIER, "postnl").orElseThrow();

        assertEquals(0, seeder.seedInstalledModules());

        PluginDefaultEntity after = defaults.find(Kind.CARRIER, "postnl").orElseThrow();
        assertEquals(before.getSeededAt(), after.getSeededAt());
        assertEquals(before.getDocument(), after.getDocument());
    }
}
