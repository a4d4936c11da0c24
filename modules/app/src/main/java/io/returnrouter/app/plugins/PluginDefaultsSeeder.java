package io.returnrouter.app.plugins;

import io.returnrouter.app.routing.InstalledWorld;
import io.returnrouter.core.spi.CarrierModule;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.persistence.Seeding;
import io.returnrouter.persistence.StartupFailures;
import io.returnrouter.persistence.entity.CarrierEntity;
import io.returnrouter.persistence.entity.MarketEntity;
import io.returnrouter.persistence.entity.PluginDefaultEntity;
import io.returnrouter.persistence.entity.PluginDefaultEntity.Kind;
import io.returnrouter.persistence.repository.CarrierRepository;
import io.returnrouter.persistence.repository.MarketRepository;
import io.returnrouter.persistence.repository.PluginDefaultRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On start (after the schema migration), records every market and carrier module the war
 * contains, and the defaults document each ships, unless the database already has them. Existing
 * rows are never overwritten: once seeded, the database is the source of truth.
 */
@ApplicationScoped
public class PluginDefaultsSeeder {

    private static final Logger LOG = Logger.getLogger(PluginDefaultsSeeder.class.getName());

    private InstalledWorld world;
    private MarketRepository markets;
    private CarrierRepository carriers;
    private PluginDefaultRepository defaults;

    /** For the CDI proxy only. */
    protected PluginDefaultsSeeder() {
    }

    @Inject
    public PluginDefaultsSeeder(InstalledWorld world, MarketRepository markets, CarrierRepository carriers,
                                PluginDefaultRepository defaults) {
        this.world = world;
        this.markets = markets;
        this.carriers = carriers;
        this.defaults = defaults;
    }

    void seedOnStart(@Observes Startup startup, StartupFailures failures) {
        failures.attempt("plug-in defaults seeding", () -> {
            int seeded = seedInstalledModules();
            LOG.info(() -> "Plug-ins: " + world.registry().markets().size() + " markets, "
                    + world.registry().carriers().size() + " carriers installed; " + seeded
                    + " defaults documents seeded on this start");
        });
    }

    /**
     * Inserts what the database lacks; returns how many defaults documents were new. Instances
     * starting together on an empty database may both try a row: the later one skips it.
     */
    public int seedInstalledModules() {
        Instant now = Instant.now(Clock.systemUTC());
        int seeded = 0;
        for (MarketModule market : world.registry().markets()) {
            String languages = market.languages().isEmpty() ? "en" : String.join(",", market.languages());
            Seeding.unlessSeededMeanwhile(() -> markets.addIfAbsent(new MarketEntity(market.countryCode(),
                    market.displayName(), market.currency().getCurrencyCode(), languages, true, now)));
            if (market instanceof DataMarketModule data && Seeding.unlessSeededMeanwhile(() -> defaults.addIfAbsent(
                    new PluginDefaultEntity(Kind.MARKET, market.countryCode(), market.getClass().getName(),
                            data.defaultsDocument(), now))).orElse(false)) {
                seeded++;
            }
        }
        for (CarrierModule carrier : world.registry().carriers()) {
            Seeding.unlessSeededMeanwhile(() -> carriers.addIfAbsent(new CarrierEntity(carrier.carrierId(),
                    carrier.displayName(), true, now)));
            Optional<String> document = carrier.defaultsDocument();
            if (document.isPresent() && Seeding.unlessSeededMeanwhile(() -> defaults.addIfAbsent(
                    new PluginDefaultEntity(Kind.CARRIER, carrier.carrierId(), carrier.getClass().getName(),
                            document.get(), now))).orElse(false)) {
                seeded++;
            }
        }
        return seeded;
    }
}
