package io.returnrouter.demo;

import io.returnrouter.core.model.Address;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Linehaul;
import io.returnrouter.core.model.PlaceDetails;
import io.returnrouter.core.model.PlaceSource;
import io.returnrouter.core.model.Store;
import io.returnrouter.core.model.Warehouse;
import io.returnrouter.core.spi.NetworkModule;
import io.returnrouter.plugin.support.DataFile;
import io.returnrouter.plugin.support.DataNode;
import io.returnrouter.plugin.support.geo.Cities;
import io.returnrouter.plugin.support.geo.City;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The demo operator's network: a central warehouse in Venlo, consolidation hubs in Malmö, Oslo,
 * Basel, Manchester, Poznań and Lyon with scheduled trucks to Venlo, and the demo shop's stores
 * in large cities of each market (chosen by the seed). Sites come from demo-network.json and the
 * GeoNames cities; carriers add their own points and services.
 */
public final class DemoNetwork implements NetworkModule {

    /** The seed the ServiceLoader's instance uses, so every server and CLI run sees the same stores. */
    public static final long DEFAULT_SEED = 2026;
    private static final long CM3_PER_M3 = 1_000_000;

    private final String networkId;
    private final List<Warehouse> warehouses = new ArrayList<>();
    private final List<Hub> hubs = new ArrayList<>();
    private final List<Store> stores = new ArrayList<>();

    public DemoNetwork() {
        this(DEFAULT_SEED);
    }

    public DemoNetwork(long seed) {
        this(seed, Cities.all());
    }

    DemoNetwork(long seed, Cities cities) {
        DataNode root = DataFile.read(DemoNetwork.class, "demo-network.json");
        networkId = root.text("networkId");
        for (DataNode w : root.objects("warehouses")) {
            City city = city(cities, w);
            warehouses.add(w.checked("id", () -> new Warehouse(w.text("id"), w.text("name"), city.location())));
        }
        for (DataNode h : root.objects("hubs")) {
            hubs.add(readHub(cities, h, warehouses.get(0).id()));
        }
        placeStores(root.object("stores"), cities, new SplittableRandom(seed));
    }

    @Override
    public String networkId() {
        return networkId;
    }

    @Override
    public List<Warehouse> warehouses() {
        return List.copyOf(warehouses);
    }

    @Override
    public List<Hub> hubs() {
        return List.copyOf(hubs);
    }

    @Override
    public List<Store> stores() {
        return List.copyOf(stores);
    }

    public Optional<Hub> hub(String id) {
        return hubs.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    private static Hub readHub(Cities cities, DataNode h, String warehouseId) {
        City city = city(cities, h);
        DataNode l = h.object("linehaul");
        Linehaul linehaul = l.checked("departureDays", () -> new Linehaul(warehouseId,
                new HashSet<>(l.enums("departureDays", DayOfWeek.class)), l.longValue("vehicleCostCents", 0, 10_000_000),
                l.longValue("vehicleVolumeM3", 1, 1_000) * CM3_PER_M3, l.integer("transitDays", 0, 30),
                l.longValue("co2GramsPerVehicleKm", 0, 100_000)));
        return h.checked("id", () -> new Hub(h.text("id"), h.text("name"), city.location(),
                h.integer("capacityParcels", 0, 10_000_000), h.longValue("capacityVolumeM3", 0, 1_000_000) * CM3_PER_M3,
                h.longValue("handlingCentsPerParcel", 0, 100_000), h.longValue("fixedCostCentsPerPeriod", 0, 100_000_000),
                Optional.of(linehaul), h.bool("outsideCustomsUnion"),
                h.longValue("customsClearanceCentsPerShipment", 0, 10_000_000)));
    }

    /**
     * A few stores per country among its largest cities; which ones depends on the seed. They are
     * demo data: named after the shop and city and marked "(demo)", at the city centre (the GeoNames
     * extract has no streets or postal codes), with the opening hours the network file gives.
     */
    private void placeStores(DataNode config, Cities cities, SplittableRandom random) {
        String shopId = config.text("shopId");
        String shopName = config.text("shopName");
        String openingHours = config.text("openingHours");
        int perMarket = config.integer("perMarket", 0, 100);
        int among = config.integer("amongLargestCities", 1, 1_000);
        long handling = config.longValue("handlingCentsPerParcel", 0, 100_000);
        List<String> countries = cities.list().stream().map(City::countryCode).distinct().sorted().toList();
        for (String country : countries) {
            List<City> candidates = new ArrayList<>(cities.inCountry(country).subList(0,
                    Math.min(among, cities.inCountry(country).size())));
            for (int i = 0; i < perMarket && !candidates.isEmpty(); i++) {
                City city = candidates.remove(random.nextInt(candidates.size()));
                String id = "ST-" + country + "-" + city.slug().toUpperCase(Locale.ROOT);
                PlaceDetails details = config.checked("openingHours", () -> new PlaceDetails(id,
                        shopName + " " + city.name() + " (demo)",
                        new Address("demo location at the city centre", null, city.name(), country), openingHours,
                        PlaceSource.DEMO));
                stores.add(new Store(id, shopId, city.location(), handling, details));
            }
        }
    }

    private static City city(Cities cities, DataNode site) {
        String country = site.text("country");
        String name = site.text("city");
        return cities.find(country, name).orElseThrow(() -> site.error("city",
                "names no city of " + country + " in the GeoNames extract: \"" + name + "\""));
    }
}
