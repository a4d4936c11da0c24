package io.returnrouter.demo;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.plugin.support.geo.Cities;
import io.returnrouter.plugin.support.geo.City;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates realistic returns, deterministically from a seed: customers around the cities of the
 * given markets in proportion to population, items from the demo shop's product mix, reasons
 * with their published shares and outcomes that follow from the reason. Requests fall in the week
 * from {@link #FIRST_REQUEST_DAY}; most are well inside the return window, a few are late.
 */
public final class ReturnsGenerator {

    /** A Monday; the generated requests spread over the following week. */
    public static final LocalDate FIRST_REQUEST_DAY = LocalDate.of(2026, 11, 23);
    public static final String SHOP_ID = "demo-shop";

    private final Catalog catalog = new Catalog();
    private final Weighted<City> cities = new Weighted<>();
    private final long seed;

    public ReturnsGenerator(Cities all, Collection<String> marketCountries, long seed) {
        if (marketCountries.isEmpty()) {
            throw new IllegalArgumentException("no market to generate returns for");
        }
        for (String country : marketCountries.stream().sorted().toList()) {
            all.inCountry(country).forEach(city -> cities.add(city, city.population()));
        }
        if (cities.total() == 0) {
            throw new IllegalArgumentException("no city in the GeoNames extract for markets " + marketCountries);
        }
        this.seed = seed;
    }

    public List<CustomerReturn> generate(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<CustomerReturn> returns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            returns.add(next(String.format("R-%d-%06d", seed, i), random));
        }
        return returns;
    }

    private CustomerReturn next(String id, SplittableRandom random) {
        City city = cities.pick(random);
        // Suburbs spread with the city's size: ~2 km around a town, up to ~8 km around a capital.
        double spread = Math.min(8_000, Math.max(1_500, Math.sqrt(city.population()) * 8));
        Location home = city.offset(gaussian(random) * spread, gaussian(random) * spread);
        LocalDate requested = FIRST_REQUEST_DAY.plusDays(random.nextInt(7));
        LocalDate delivered = requested.minusDays(daysSinceDelivery(random));
        Catalog.Reason reason = catalog.reasons().pick(random);
        Outcome outcome = reason.outcomes().pick(random);
        return new CustomerReturn(id, SHOP_ID, city.countryCode(), home, delivered, requested, items(random),
                reason.code(), outcome, Optional.empty());
    }

    private List<ReturnItem> items(SplittableRandom random) {
        Catalog.Group group = catalog.groups().pick(random);
        List<ReturnItem> items = new ArrayList<>();
        int count = 1 + random.nextInt(group.maxItems());
        for (int i = 0; i < count; i++) {
            items.add(group.products().get(random.nextInt(group.products().size())).toItem());
        }
        if (group.name().equals("furniture") && random.nextInt(100) < 30) {
            // A third of furniture orders came with a small home item (sofa + cushion).
            Catalog.Group home = catalog.group("home");
            items.add(home.products().get(0).toItem());
        }
        return items;
    }

    /** 80 % within 14 days of delivery, 18 % in days 15-30, 2 % after the usual 30-day window. */
    private static int daysSinceDelivery(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 80) {
            return 1 + random.nextInt(14);
        }
        return roll < 98 ? 15 + random.nextInt(16) : 31 + random.nextInt(10);
    }

    /** Standard normal by Box-Muller, clipped at three sigma so nobody lives 25 km out at sea. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        double z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        return Math.max(-3, Math.min(3, z));
    }
}
