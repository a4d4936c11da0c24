package io.returnrouter.api.returns;

import io.returnrouter.api.routing.RoutingWorld;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.DropOffPointType;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.Linehaul;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.model.ServiceMode;
import io.returnrouter.core.model.SizeLimits;
import io.returnrouter.core.model.Tariff;
import io.returnrouter.core.model.TariffBand;
import io.returnrouter.core.model.Warehouse;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.StandardMarketRules;
import io.returnrouter.core.spi.ModuleRegistry;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small German network with tight capacities: two pickups a day in a region, a parcel shop that
 * takes two parcels a day, and a hub near Leipzig with a fixed cost per period and a daily truck.
 */
public final class CapacityWorld implements RoutingWorldSource {

    static final int PICKUP_SLOTS = 2;
    static final int POINT_CAPACITY = 2;
    static final long HUB_FIXED_CENTS = 150_000;
    static final String POINT = "PAKET-MITTE";

    private static final SizeLimits PARCEL = new SizeLimits(120, 300, 31_500);
    private static final Warehouse WAREHOUSE = new Warehouse("WH-ERFURT", "Erfurt",
            Location.of(50.98, 11.03, "DE", "99084"));
    private static final Hub HUB = new Hub("HUB-LEIPZIG", "Leipzig", Location.of(51.34, 12.37, "DE", "04109"), 1_000,
            100_000_000, 40, HUB_FIXED_CENTS,
            Optional.of(new Linehaul(WAREHOUSE.id(), EnumSet.allOf(DayOfWeek.class), 30_000, 1_000_000, 1, 900)),
            false, 0);

    private final RoutingWorld world;

    public CapacityWorld() {
        this(List.of());
    }

    /** The same world with more hubs (where a carrier may scan a parcel that was planned elsewhere). */
    public CapacityWorld(List<Hub> moreHubs) {
        Tariff tariff = new Tariff(Map.of(new Lane("DE", "DE"), List.of(new TariffBand(31_500, 600))), 2);
        Network network = new Network(
                List.of(new DropOffPoint(POINT, "PAKET", DropOffPointType.PARCEL_SHOP,
                        Location.of(52.521, 13.41, "DE", "10178"), PARCEL, POINT_CAPACITY)),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(HUB), moreHubs.stream()).toList(),
                List.of(WAREHOUSE), List.of(),
                List.of(new CarrierService("PAKET-DROP", "PAKET", ServiceMode.DROP_OFF, Set.of("DE"), PARCEL, false,
                                tariff, 1, 0, 12_000),
                        new CarrierService("PAKET-PICKUP", "PAKET", ServiceMode.HOME_PICKUP, Set.of("DE"), PARCEL,
                                false, tariff, 1, PICKUP_SLOTS, 20_000)));
        MarketRules germany = new StandardMarketRules("DE", 30, 14, EnumSet.allOf(FirstMileMode.class),
                Set.of(), Map.of(), 14, CustomsStatus.EU_CUSTOMS_UNION, 0);
        world = new RoutingWorld(network, country -> Optional.of(germany).filter(r -> r.countryCode().equals(country)),
                ScenarioWeights.DEFAULT);
    }

    @Override
    public RoutingWorld current() {
        return world;
    }

    @Override
    public ModuleRegistry registry() {
        return new ModuleRegistry(List.of(), List.of());
    }
}
