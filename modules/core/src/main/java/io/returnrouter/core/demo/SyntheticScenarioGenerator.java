package io.returnrouter.core.demo;

import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.DropOffPointType;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.Linehaul;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.model.RoadDistance;
import io.returnrouter.core.model.ServiceMode;
import io.returnrouter.core.model.SizeLimits;
import io.returnrouter.core.model.Store;
import io.returnrouter.core.model.Tariff;
import io.returnrouter.core.model.TariffBand;
import io.returnrouter.core.model.Warehouse;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.StandardMarketRules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic (seeded) consolidation-heavy network for benchmarks and tests: German,
 * Austrian and Swiss customers around generated city centres, two parcel carriers with drop-off
 * points and pickups, a freight carrier, hubs with scheduled linehauls to one central warehouse
 * near Erfurt, and a Swiss hub outside the customs union. Direct parcels cost more than a local
 * parcel to a hub, so sharing trucks pays once enough parcels go the same way. Realistic
 * networks from real cities are the market modules' job.
 */
public final class SyntheticScenarioGenerator {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final String[] COUNTRIES = {"DE", "AT", "CH"};
    // Rough bounding boxes (lat min, lat max, lon min, lon max) of the three markets.
    private static final double[][] BOXES = {{47.6, 54.8, 6.2, 14.8}, {46.6, 48.8, 9.8, 16.9}, {45.9, 47.7, 6.1, 10.4}};
    private static final String[] CATEGORIES = {"fashion", "shoes", "electronics", "home", "toys"};

    private final long seed;

    public SyntheticScenarioGenerator(long seed) {
        this.seed = seed;
    }

    public SyntheticScenario generate(int returnCount, int hubCount) {
        if (returnCount < 1 || hubCount < 1) {
            throw new IllegalArgumentException("at least one return and one hub are needed");
        }
        Random random = new Random(seed);
        Warehouse warehouse = new Warehouse("WH-ERFURT", "Central warehouse Erfurt",
                Location.of(50.98, 11.03, "DE", "99084"));
        List<Location> cities = cities(random, Math.max(12, hubCount));
        List<Hub> hubs = hubs(random, cities, hubCount, warehouse);
        List<CarrierService> services = services();
        List<DropOffPoint> points = points(random, cities, returnCount);
        List<Store> stores = List.of(new Store("ST-BERLIN", "SHOP-1", Location.of(52.52, 13.40, "DE", "10115"), 150));
        Network network = new Network(points, hubs, List.of(warehouse), stores, services);
        Map<String, MarketRules> rules = marketRules();
        List<CustomerReturn> returns = new ArrayList<>(returnCount);
        for (int k = 0; k < returnCount; k++) {
            returns.add(customerReturn(random, cities, k));
        }
        return new SyntheticScenario(network, country -> Optional.ofNullable(rules.get(country)), returns);
    }


    private static List<Location> cities(Random random, int count) {
        List<Location> cities = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            // Most customers live in Germany, the biggest market.
            int country = k % 10 < 7 ? 0 : k % 10 < 9 ? 1 : 2;
            cities.add(randomIn(random, country, String.format("%02d000", k % 100)));
        }
        return cities;
    }

    private static Location randomIn(Random random, int country, String postalCode) {
        double[] box = BOXES[country];
        return Location.of(box[0] + random.nextDouble() * (box[1] - box[0]),
                box[2] + random.nextDouble() * (box[3] - box[2]), COUNTRIES[country], postalCode);
    }

    private static List<Hub> hubs(Random random, List<Location> cities, int count, Warehouse warehouse) {
        List<Hub> hubs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Location city = cities.get(k % cities.size());
            Location site = Location.of(city.point().latitude() + random.nextGaussian() * 0.05,
                    city.point().longitude() + random.nextGaussian() * 0.05, city.countryCode(), city.postalCode());
            long km = RoadDistance.EUROPE.meters(site.point(), warehouse.location().point()) / 1_000;
            // A swap body: 20 m³, EUR 150 plus EUR 1.10 per road km.
            Linehaul linehaul = new Linehaul(warehouse.id(),
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 15_000 + 110 * km,
                    20_000_000, 1 + (int) (km / 500), 900);
            boolean swiss = site.countryCode().equals("CH");
            hubs.add(new Hub(String.format("HUB-%02d", k + 1), "Hub " + (k + 1), site, 6_000, 80_000_000, 35,
                    20_000, Optional.of(linehaul), swiss, swiss ? 9_000 : 0));
        }
        return hubs;
    }

    private static List<CarrierService> services() {
        SizeLimits parcel = new SizeLimits(120, 300, 31_500);
        return List.of(
                new CarrierService("PAKET-DROP", "PAKET", ServiceMode.DROP_OFF, Set.of(COUNTRIES), parcel, false,
                        tariff(250, 520, 150, 2), 2, 0, 12_000),
                new CarrierService("PAKET-PICKUP", "PAKET", ServiceMode.HOME_PICKUP, Set.of(COUNTRIES), parcel, false,
                        tariff(420, 690, 150, 2), 2, 400, 20_000),
                new CarrierService("POST-DROP", "POST", ServiceMode.DROP_OFF, Set.of(COUNTRIES), parcel, true,
                        tariff(270, 480, 170, 1), 3, 0, 10_000),
                new CarrierService("FREIGHT-PICKUP", "CARGO", ServiceMode.FREIGHT_PICKUP, Set.of(COUNTRIES),
                        new SizeLimits(300, 1_000, 300_000), true, tariff(3_500, 6_500, 0, 90), 4, 50, 60_000));
    }

    /**
     * Weight bands with a domestic lane cheaper than the long national one; cross-border lanes to
     * Germany carry a premium. {@code centsPerKm} makes long first legs cost more.
     */
    private static Tariff tariff(long localCents, long nationalCents, long crossBorderExtraCents, long centsPerKm) {
        Map<Lane, List<TariffBand>> lanes = new HashMap<>();
        for (String origin : COUNTRIES) {
            for (String destination : COUNTRIES) {
                long base = origin.equals(destination) ? localCents : nationalCents + crossBorderExtraCents;
                lanes.put(new Lane(origin, destination), List.of(new TariffBand(2_000, base),
                        new TariffBand(10_000, base + 120), new TariffBand(31_500, base + 380),
                        new TariffBand(300_000, base * 3)));
            }
        }
        return new Tariff(lanes, centsPerKm);
    }

    private static List<DropOffPoint> points(Random random, List<Location> cities, int returnCount) {
        int perCarrier = Math.max(20, Math.min(3_000, returnCount / 40));
        List<DropOffPoint> points = new ArrayList<>();
        for (String carrier : List.of("PAKET", "POST")) {
            for (int k = 0; k < perCarrier; k++) {
                Location city = cities.get(random.nextInt(cities.size()));
                Location site = Location.of(city.point().latitude() + random.nextGaussian() * 0.15,
                        city.point().longitude() + random.nextGaussian() * 0.15, city.countryCode(),
                        city.postalCode());
                DropOffPointType type = DropOffPointType.values()[k % 3];
                SizeLimits limits = type == DropOffPointType.LOCKER ? new SizeLimits(60, 180, 20_000)
                        : new SizeLimits(120, 300, 31_500);
                points.add(new DropOffPoint(carrier + "-P" + (k + 1), carrier, type, site, limits, 400));
            }
        }
        return points;
    }

    private static Map<String, MarketRules> marketRules() {
        Set<FirstMileMode> all = EnumSet.allOf(FirstMileMode.class);
        Map<FirstMileMode, Long> fees = Map.of(FirstMileMode.HOME_PICKUP, 300L);
        return Map.of(
                "DE", new StandardMarketRules("DE", 30, 14, all, Set.of("food"), fees, 12,
                        CustomsStatus.EU_CUSTOMS_UNION, 0),
                "AT", new StandardMarketRules("AT", 30, 14, all, Set.of("food"), fees, 12,
                        CustomsStatus.EU_CUSTOMS_UNION, 0),
                "CH", new StandardMarketRules("CH", 30, 0, all, Set.of("food"), fees, 14,
                        CustomsStatus.OUTSIDE_EU_CUSTOMS_UNION, 650));
    }

    private static CustomerReturn customerReturn(Random random, List<Location> cities, int k) {
        Location city = cities.get(random.nextInt(cities.size()));
        Location home = Location.of(clamp(city.point().latitude() + random.nextGaussian() * 0.2, -89, 89),
                clamp(city.point().longitude() + random.nextGaussian() * 0.2, -179, 179), city.countryCode(),
                city.postalCode());
        LocalDate requested = MONDAY.plusDays(random.nextInt(5));
        LocalDate delivered = requested.minusDays(2 + random.nextInt(20));
        List<ReturnItem> items = new ArrayList<>();
        int count = random.nextInt(10) < 7 ? 1 : 2;
        for (int i = 0; i < count; i++) {
            items.add(item(random, k, i));
        }
        Outcome outcome = random.nextInt(10) < 2 ? Outcome.EXCHANGE : Outcome.REFUND;
        return new CustomerReturn(String.format("R%07d", k + 1), "SHOP-1", city.countryCode(), home, delivered,
                requested, items, "does not fit", outcome, Optional.empty());
    }

    private static ReturnItem item(Random random, int k, int i) {
        String sku = "SKU-" + (k + 1) + "-" + (i + 1);
        int roll = random.nextInt(1_000);
        if (roll < 3) {
            return new ReturnItem(sku, "home", new Dimensions(220, 95, 85), 65_000, 89_900, false);
        }
        if (roll < 15) {
            return new ReturnItem(sku, "electronics", new Dimensions(15, 10, 6), 400, 4_900, true);
        }
        int length = 20 + random.nextInt(25);
        int width = 15 + random.nextInt(15);
        int height = 5 + random.nextInt(10);
        return new ReturnItem(sku, CATEGORIES[random.nextInt(CATEGORIES.length)],
                new Dimensions(length, width, height), 300 + random.nextInt(2_500), 1_000 + random.nextInt(15_000),
                false);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
