package io.returnrouter.core;

import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.DropOffPointType;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.Linehaul;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.ServiceMode;
import io.returnrouter.core.model.SizeLimits;
import io.returnrouter.core.model.Store;
import io.returnrouter.core.model.Tariff;
import io.returnrouter.core.model.TariffBand;
import io.returnrouter.core.model.Warehouse;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.Destination;
import io.returnrouter.core.plan.FirstMile;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.PickupSlot;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.StandardMarketRules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Small hand-made network parts for unit tests. */
public final class Fixtures {

    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    public static final Location BERLIN = Location.of(52.52, 13.405, "DE", "10115");
    public static final Location LEIPZIG = Location.of(51.34, 12.37, "DE", "04109");
    public static final Warehouse WAREHOUSE = new Warehouse("WH-ERFURT", "Erfurt", Location.of(50.98, 11.03, "DE", "99084"));
    public static final MarketRules PERMISSIVE = StandardMarketRules.permissive("DE");
    public static final Warehouse VENLO = new Warehouse("WH-VENLO", "Venlo", Location.of(51.37, 6.17, "NL", "5928"));
    public static final Store STORE_BERLIN = new Store("STORE-BERLIN", "SHOP-1", BERLIN, 100);

    private static int optionSequence;

    private Fixtures() {
    }

    public static Hub hub(String id, int capacityParcels, long capacityVolumeCm3, long fixedCostCents) {
        return new Hub(id, id, LEIPZIG, capacityParcels, capacityVolumeCm3, 0, fixedCostCents, Optional.empty(),
                false, 0);
    }

    public static Hub linehaulHub(String id, long vehicleCostCents, long vehicleVolumeCm3, boolean outsideCustomsUnion,
                                  long customsPerShipmentCents) {
        Linehaul linehaul = new Linehaul(WAREHOUSE.id(), EnumSet.of(DayOfWeek.WEDNESDAY), vehicleCostCents,
                vehicleVolumeCm3, 1, 900);
        return new Hub(id, id, LEIPZIG, 10_000, Long.MAX_VALUE, 50, 0, Optional.of(linehaul), outsideCustomsUnion,
                customsPerShipmentCents);
    }

    public static Tariff flatTariff(long priceCents) {
        return new Tariff(Map.of(new Lane("DE", "DE"), List.of(new TariffBand(31_500, priceCents))), 0);
    }

    public static CarrierService service(String id, ServiceMode mode, SizeLimits limits, int pickupSlots) {
        return new CarrierService(id, "CARRIER", mode, Set.of("DE"), limits, false, flatTariff(500), 2, pickupSlots,
                2_000);
    }

    public static DropOffPoint point(String id, int dailyCapacity, SizeLimits limits) {
        return new DropOffPoint(id, "CARRIER", DropOffPointType.PARCEL_SHOP, BERLIN, limits, dailyCapacity);
    }

    public static FirstMile dropOff(DropOffPoint point) {
        return new FirstMile(FirstMileMode.DROP_OFF_POINT,
                service("SVC-DROP", ServiceMode.DROP_OFF, SizeLimits.UNLIMITED, 0), point, null, null);
    }

    public static FirstMile pickup(PickupSlot slot) {
        return new FirstMile(FirstMileMode.HOME_PICKUP, slot.service(), null, null, slot);
    }

    public static FirstMile anyFirstMile() {
        return FirstMile.abstractLeg(FirstMileMode.DROP_OFF_POINT);
    }

    public static Destination toHub(Hub hub) {
        Departure departure = hub.linehaul().map(l -> new Departure(hub, MONDAY.plusDays(2))).orElse(null);
        return new Destination(hub, WAREHOUSE, departure);
    }

    public static Destination direct() {
        return Destination.direct(WAREHOUSE);
    }

    public static RouteOption option(FirstMile firstMile, Destination destination, OptionCosts costs, int days) {
        return new RouteOption("opt-" + (++optionSequence), firstMile, destination, costs, days, 0, 0, MONDAY);
    }

    public static RouteOption option(Destination destination, long transportCents) {
        return option(anyFirstMile(), destination, OptionCosts.transportOnly(transportCents), 2);
    }

    public static Parcel parcel(String id, long volumeCm3, RouteOption chosen) {
        return parcel(id, ParcelSpec.ofDemand(volumeCm3), PERMISSIVE, chosen);
    }

    public static Parcel parcel(String id, ParcelSpec spec, MarketRules rules, RouteOption chosen) {
        Parcel parcel = new Parcel(id, "R-" + id, 0, Outcome.REFUND, rules, spec, List.of(chosen));
        parcel.setOption(chosen);
        return parcel;
    }

    /** A carrier's first-mile service serving DE with a flat tariff (one pickup slot for pickups). */
    public static CarrierService service(String id, String carrierId, ServiceMode mode) {
        return new CarrierService(id, carrierId, mode, Set.of("DE"), SizeLimits.UNLIMITED, false, flatTariff(500), 2,
                mode == ServiceMode.HOME_PICKUP || mode == ServiceMode.FREIGHT_PICKUP ? 1 : 0, 2_000);
    }

    /** A first mile of the mode with a service of the carrier (no point or slot; a store hand-in at Berlin). */
    public static FirstMile firstMile(FirstMileMode mode, String carrierId) {
        return switch (mode) {
            case HOME_PICKUP -> new FirstMile(mode, service(carrierId + "-PICKUP", carrierId, ServiceMode.HOME_PICKUP),
                    null, null, null);
            case DROP_OFF_POINT -> new FirstMile(mode, service(carrierId + "-DROP", carrierId, ServiceMode.DROP_OFF),
                    null, null, null);
            case STORE -> new FirstMile(mode, service(carrierId + "-DROP", carrierId, ServiceMode.DROP_OFF), null,
                    STORE_BERLIN, null);
        };
    }

    public static RouteOption option(FirstMile firstMile, Destination destination, OptionCosts costs, int days,
                                     long co2Grams) {
        return new RouteOption("opt-" + (++optionSequence), firstMile, destination, costs, days, co2Grams, 0, MONDAY);
    }

    /** An assigned parcel of the given return and market with a single option. */
    public static Parcel parcel(String id, String returnId, MarketRules rules, long volumeCm3, RouteOption chosen) {
        Parcel parcel = new Parcel(id, returnId, 0, Outcome.REFUND, rules, ParcelSpec.ofDemand(volumeCm3),
                List.of(chosen));
        parcel.setOption(chosen);
        return parcel;
    }
}
