package io.returnrouter.app.routing;

import io.returnrouter.api.problem.ServiceUnavailableException;
import io.returnrouter.api.routing.RoutingWorld;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.spi.ModuleRegistry;
import io.returnrouter.core.spi.NetworkModule;
import io.returnrouter.api.rules.MarketRulesVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * The world of this installation: the market, carrier and network modules the war contains,
 * discovered with ServiceLoader through the application's class loader. Built on first use; the
 * market rules come from the versions in the database ({@link MarketRulesVersions}), in force on
 * the day asked for, so a rule change reaches the next quote without a restart.
 */
@ApplicationScoped
public class InstalledWorld implements RoutingWorldSource {

    private static final Logger LOG = Logger.getLogger(InstalledWorld.class.getName());

    private volatile RoutingWorld world;
    private volatile ModuleRegistry registry;

    @Inject
    MarketRulesVersions rules;

    @Override
    public RoutingWorld current() {
        return on(LocalDate.now(ZoneOffset.UTC));
    }

    @Override
    public RoutingWorld on(LocalDate day) {
        return base().withRules(rules.on(day));
    }

    /** The network with the modules' default rules; the versions in force are applied per day. */
    private RoutingWorld base() {
        RoutingWorld w = world;
        if (w == null) {
            synchronized (this) {
                if (world == null) {
                    world = build();
                }
                w = world;
            }
        }
        return w;
    }

    @Override
    public ModuleRegistry registry() {
        ModuleRegistry r = registry;
        if (r == null) {
            synchronized (this) {
                if (registry == null) {
                    registry = ModuleRegistry.discover(classLoader());
                }
                r = registry;
            }
        }
        return r;
    }

    private RoutingWorld build() {
        List<NetworkModule> networks = new ArrayList<>();
        ServiceLoader.load(NetworkModule.class, classLoader()).forEach(networks::add);
        if (networks.isEmpty()) {
            throw new ServiceUnavailableException("No network module is installed: add one (e.g. the demo network) "
                    + "to the application to route returns.");
        }
        if (networks.size() > 1) {
            throw new IllegalStateException("More than one network module is installed: "
                    + networks.stream().map(NetworkModule::networkId).toList());
        }
        NetworkModule network = networks.get(0);
        Network joined = registry().network(network.hubs(), network.warehouses(), network.stores());
        LOG.info(() -> "Routing world: network " + network.networkId() + " with " + joined.warehouses().size()
                + " warehouses, " + joined.hubs().size() + " hubs, " + joined.dropOffPoints().size()
                + " drop-off points, " + joined.services().size() + " carrier services; markets "
                + registry().markets().stream().map(m -> m.countryCode()).toList());
        return new RoutingWorld(joined, registry(), ScenarioWeights.DEFAULT, registry().exactFit());
    }

    private static ClassLoader classLoader() {
        return InstalledWorld.class.getClassLoader();
    }
}
