package io.returnrouter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.model.RoadDistance;
import io.returnrouter.core.options.EnumerationLimits;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.pricing.LoadView;
import io.returnrouter.core.quote.Quote;
import io.returnrouter.core.quote.QuoteEngine;
import io.returnrouter.core.quote.QuoteResult;
import io.returnrouter.core.spi.CarrierModule;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.core.spi.ModuleRegistry;
import io.returnrouter.plugin.support.geo.Cities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The demo network with the market and carrier modules on the test class path, and a quote engine on it. */
final class Scenario {

    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    final ModuleRegistry registry;
    final DemoNetwork demo = new DemoNetwork();
    final QuoteEngine engine;

    private Scenario(ModuleRegistry registry) {
        this.registry = registry;
        Network network = registry.network(demo.hubs(), demo.warehouses(), demo.stores());
        this.engine = new QuoteEngine(new RouteOptionEnumerator(network, ScenarioWeights.DEFAULT,
                EnumerationLimits.SERVICE, RoadDistance.EUROPE, registry.exactFit()), registry, ParcelPacker.standard());
    }

    /** Every module the ServiceLoader finds. */
    static Scenario discovered() {
        return new Scenario(ModuleRegistry.discover(Scenario.class.getClassLoader()));
    }

    /** The discovered modules with one carrier replaced, e.g. by an instance with other tariffs. */
    static Scenario withCarrier(CarrierModule replacement) {
        List<MarketModule> markets = new ArrayList<>();
        ServiceLoader.load(MarketModule.class).forEach(markets::add);
        List<CarrierModule> carriers = new ArrayList<>();
        ServiceLoader.load(CarrierModule.class).forEach(c -> carriers.add(
                c.carrierId().equals(replacement.carrierId()) ? replacement : c));
        return new Scenario(new ModuleRegistry(markets, carriers));
    }

    Quote quote(CustomerReturn ret, LoadView loads) {
        QuoteResult result = engine.quote(ret, loads);
        assertThat(result).as("quote of " + ret.id()).isInstanceOf(Quote.class);
        return (Quote) result;
    }

    /** A return requested on a Tuesday, delivered four days earlier, by a customer in a city's centre. */
    static CustomerReturn returnFrom(String id, String country, String city, Outcome outcome, ReturnItem... items) {
        return new CustomerReturn(id, ReturnsGenerator.SHOP_ID, country,
                Cities.all().require(country, city).offset(400, 300), TUESDAY.minusDays(4), TUESDAY,
                List.of(items), "SIZE_TOO_LARGE", outcome, Optional.empty());
    }

    static ReturnItem jeans() {
        return new ReturnItem("JEANS-SLIM", "FASHION", new Dimensions(35, 28, 5), 700, 5_999, false);
    }
}
