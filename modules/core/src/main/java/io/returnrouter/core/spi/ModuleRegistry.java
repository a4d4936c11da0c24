package io.returnrouter.core.spi;

import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.model.Store;
import io.returnrouter.core.model.Warehouse;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.MarketRulesSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The market and carrier modules available to the application. Immutable once built, so one
 * instance can serve all request threads.
 */
public final class ModuleRegistry implements MarketRulesSource {

    private final Map<String, MarketModule> marketsByCountry;
    private final Map<String, CarrierModule> carriersById;

    public ModuleRegistry(Collection<? extends MarketModule> markets, Collection<? extends CarrierModule> carriers) {
        Map<String, MarketModule> m = new TreeMap<>();
        for (MarketModule market : markets) {
            if (m.put(market.countryCode(), market) != null) {
                throw new IllegalArgumentException("two market modules for country " + market.countryCode());
            }
            if (!market.countryCode().equals(market.defaultRules().countryCode())) {
                throw new IllegalArgumentException("market module " + market.countryCode()
                        + " returns rules of country " + market.defaultRules().countryCode());
            }
        }
        Map<String, CarrierModule> c = new TreeMap<>();
        for (CarrierModule carrier : carriers) {
            if (c.put(carrier.carrierId(), carrier) != null) {
                throw new IllegalArgumentException("two carrier modules with id " + carrier.carrierId());
            }
            requireOwnCarrier(carrier);
        }
        this.marketsByCountry = Map.copyOf(m);
        this.carriersById = Map.copyOf(c);
    }

    /** Discovers the modules on the class path of the given loader (the application's, in Liberty). */
    public static ModuleRegistry discover(ClassLoader classLoader) {
        List<MarketModule> markets = new ArrayList<>();
        ServiceLoader.load(MarketModule.class, classLoader).forEach(markets::add);
        List<CarrierModule> carriers = new ArrayList<>();
        ServiceLoader.load(CarrierModule.class, classLoader).forEach(carriers::add);
        return new ModuleRegistry(markets, carriers);
    }

    @Override
    public Optional<MarketRules> forCountry(String countryCode) {
        return market(countryCode).map(MarketModule::defaultRules);
    }

    public Optional<MarketModule> market(String countryCode) {
        return Optional.ofNullable(marketsByCountry.get(countryCode));
    }

    public Optional<CarrierModule> carrier(String carrierId) {
        return Optional.ofNullable(carriersById.get(carrierId));
    }

    public Collection<MarketModule> markets() {
        return new TreeMap<>(marketsByCountry).values();
    }

    public Collection<CarrierModule> carriers() {
        return new TreeMap<>(carriersById).values();
    }

    /** Each carrier module's exact size check, for the route enumerator. */
    public io.returnrouter.core.options.ExactFit exactFit() {
        return (service, point, spec) -> {
            CarrierModule carrier = carriersById.get(service.carrierId());
            return carrier == null || carrier.takes(service, point, spec);
        };
    }

    /** A network of the carriers' services and points plus the operator's own sites. */
    public Network network(List<Hub> hubs, List<Warehouse> warehouses, List<Store> stores) {
        List<DropOffPoint> points = new ArrayList<>();
        List<CarrierService> services = new ArrayList<>();
        for (CarrierModule carrier : carriers()) {
            points.addAll(carrier.dropOffPoints());
            services.addAll(carrier.services());
        }
        return new Network(points, hubs, warehouses, stores, services);
    }

    private static void requireOwnCarrier(CarrierModule carrier) {
        for (CarrierService service : carrier.services()) {
            if (!service.carrierId().equals(carrier.carrierId())) {
                throw new IllegalArgumentException("carrier module " + carrier.carrierId() + " lists service "
                        + service.id() + " of carrier " + service.carrierId());
            }
        }
        for (DropOffPoint point : carrier.dropOffPoints()) {
            if (!point.carrierId().equals(carrier.carrierId())) {
                throw new IllegalArgumentException("carrier module " + carrier.carrierId() + " lists drop-off point "
                        + point.id() + " of carrier " + point.carrierId());
            }
        }
    }
}
