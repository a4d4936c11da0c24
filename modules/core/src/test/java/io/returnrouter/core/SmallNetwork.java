package io.returnrouter.core;

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
import io.returnrouter.core.model.Tariff;
import io.returnrouter.core.model.TariffBand;
import io.returnrouter.core.model.Warehouse;
import io.returnrouter.core.options.EnumerationLimits;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.StandardMarketRules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A hand-made German network: a warehouse in Erfurt, a hub in Leipzig with a Wednesday truck, a
 * drop-off point and a pickup service in Berlin, optionally a freight service.
 */
public final class SmallNetwork {

    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    public static final Location CUSTOMER = Location.of(52.50, 13.40, "DE", "10969");
    public static final Warehouse WAREHOUSE = new Warehouse("WH-ERFURT", "Erfurt", Location.of(50.98, 11.03, "DE", "99084"));
    public static final Hub LEIPZIG = new Hub("HUB-LEIPZIG", "Leipzig", Location.of(51.34, 12.37, "DE", "04109"), 1_000,
            100_000_000, 40, 0,
            Optional.of(new Linehaul(WAREHOUSE.id(), EnumSet.of(DayOfWeek.WEDNESDAY), 30_000, 1_000_000, 1, 900)),
            false, 0);
    public static final SizeLimits PARCEL = new SizeLimits(120, 300, 31_500);

    private SmallNetwork() {
    }

    public static Tariff tariff(long baseCents, long centsPerKm) {
        return new Tariff(Map.of(new Lane("DE", "DE"), List.of(new TariffBand(5_000, baseCents),
                new TariffBand(31_500, baseCents + 300), new TariffBand(200_000, baseCents * 10))), centsPerKm);
    }

    public static Network network(boolean withFreight) {
        List<CarrierService> services = new ArrayList<>(List.of(
                new CarrierService("PAKET-DROP", "PAKET", ServiceMode.DROP_OFF, Set.of("DE"), PARCEL, true,
                        tariff(300, 2), 2, 0, 12_000),
                new CarrierService("PAKET-PICKUP", "PAKET", ServiceMode.HOME_PICKUP, Set.of("DE"), PARCEL, false,
                        tariff(500, 2), 2, 2, 20_000)));
        if (withFreight) {
            services.add(new CarrierService("CARGO-FREIGHT", "CARGO", ServiceMode.FREIGHT_PICKUP, Set.of("DE"),
                    new SizeLimits(300, 1_000, 200_000), true, tariff(4_000, 10), 4, 5, 60_000));
        }
        DropOffPoint point = new DropOffPoint("PAKET-KREUZBERG", "PAKET", DropOffPointType.PARCEL_SHOP,
                Location.of(52.49, 13.42, "DE", "10969"), PARCEL, 100);
        return new Network(List.of(point), List.of(LEIPZIG), List.of(WAREHOUSE), List.of(), services);
    }

    public static RouteOptionEnumerator enumerator(boolean withFreight) {
        return new RouteOptionEnumerator(network(withFreight), ScenarioWeights.DEFAULT, EnumerationLimits.DEFAULT,
                RoadDistance.EUROPE);
    }

    public static StandardMarketRules germany() {
        return rules(30, 14, EnumSet.allOf(FirstMileMode.class), 10);
    }

    public static StandardMarketRules rules(int windowDays, int legalDays, Set<FirstMileMode> modes, int maxDays) {
        return new StandardMarketRules("DE", windowDays, legalDays, modes, Set.of("food"),
                Map.of(FirstMileMode.HOME_PICKUP, 300L), maxDays, CustomsStatus.EU_CUSTOMS_UNION, 0);
    }

    public static ReturnItem shirt() {
        return new ReturnItem("SHIRT", "fashion", new Dimensions(30, 25, 3), 300, 2_999, false);
    }

    public static ReturnItem shoes() {
        return new ReturnItem("SHOES", "shoes", new Dimensions(35, 22, 13), 1_100, 8_999, false);
    }

    public static ReturnItem powerBank() {
        return new ReturnItem("POWERBANK", "electronics", new Dimensions(15, 8, 3), 350, 3_999, true);
    }

    public static ReturnItem sofa() {
        return new ReturnItem("SOFA", "home", new Dimensions(220, 95, 85), 65_000, 89_900, false);
    }

    public static ReturnItem cushion() {
        return new ReturnItem("CUSHION", "home", new Dimensions(50, 50, 15), 800, 2_900, false);
    }

    public static CustomerReturn customerReturn(String id, int daysSinceDelivery, ReturnItem... items) {
        return new CustomerReturn(id, "SHOP-1", "DE", CUSTOMER, MONDAY.minusDays(daysSinceDelivery), MONDAY,
                List.of(items), "too small", Outcome.REFUND, Optional.empty());
    }
}
