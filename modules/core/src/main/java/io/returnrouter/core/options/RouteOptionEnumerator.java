package io.returnrouter.core.options;

import io.returnrouter.core.co2.Co2eCalculator;
import io.returnrouter.core.co2.Co2eLegs;
import io.returnrouter.core.co2.EmissionFactors;
import io.returnrouter.core.co2.VehicleType;
import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.GeoPoint;
import io.returnrouter.core.model.HandlingClass;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.Linehaul;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.model.RoadDistance;
import io.returnrouter.core.model.ServiceMode;
import io.returnrouter.core.model.Store;
import io.returnrouter.core.model.Warehouse;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.Destination;
import io.returnrouter.core.plan.FirstMile;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.PickupSlot;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.MarketRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Lists the eligible ways for one parcel to reach a warehouse and prices their per-parcel parts.
 * Immutable apart from caches of shared value objects; safe for concurrent quotes.
 */
public final class RouteOptionEnumerator {

    private final Network network;
    private final ScenarioWeights weights;
    private final EnumerationLimits limits;
    private final RoadDistance roads;
    private final ExactFit exactFit;
    private final Co2eCalculator co2e;
    private final Map<String, SpatialGrid<DropOffPoint>> pointsByCarrier;
    private final List<Hub> linehaulHubs;
    private final Map<Departure, Destination> hubDestinations;
    private final Map<Warehouse, Destination> directDestinations;
    private final Map<HubCell, List<Hub>> hubsNearCell;
    private final TransitTimes transitTimes;

    /** A way out of the customer's hands, before the destination is chosen. */
    private record Start(FirstMile firstMile, GeoPoint origin, LocalDate handover, long detourMeters,
                         long extraHandlingCents) {
    }

    public RouteOptionEnumerator(Network network, ScenarioWeights weights, EnumerationLimits limits,
                                 RoadDistance roads) {
        this(network, weights, limits, roads, ExactFit.ANY);
    }

    /** @param exactFit the carriers' exact size checks, applied after the core's coarse limits */
    public RouteOptionEnumerator(Network network, ScenarioWeights weights, EnumerationLimits limits,
                                 RoadDistance roads, ExactFit exactFit) {
        this(network, weights, limits, roads, exactFit, EmissionFactors.standard());
    }

    /** @param factors the CO2e method's factors (ISO 14083 / GLEC), see docs/co2.md */
    public RouteOptionEnumerator(Network network, ScenarioWeights weights, EnumerationLimits limits,
                                 RoadDistance roads, ExactFit exactFit, EmissionFactors factors) {
        this.co2e = new Co2eCalculator(factors);
        this.exactFit = Objects.requireNonNull(exactFit, "exactFit");
        this.network = Objects.requireNonNull(network, "network");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.roads = Objects.requireNonNull(roads, "roads");
        this.pointsByCarrier = network.dropOffPoints().stream()
                .collect(Collectors.groupingBy(DropOffPoint::carrierId)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> new SpatialGrid<>(e.getValue(), p -> p.location().point())));
        this.linehaulHubs = network.hubs().stream().filter(h -> h.linehaul().isPresent()).toList();
        this.hubDestinations = new ConcurrentHashMap<>();
        this.directDestinations = new ConcurrentHashMap<>();
        this.hubsNearCell = new ConcurrentHashMap<>();
        this.transitTimes = TransitTimes.NOMINAL;
    }

    /** A copy sharing this one's indexes and caches: cheap enough to make per quote. */
    private RouteOptionEnumerator(RouteOptionEnumerator base, TransitTimes transitTimes) {
        this.co2e = base.co2e;
        this.exactFit = base.exactFit;
        this.network = base.network;
        this.weights = base.weights;
        this.limits = base.limits;
        this.roads = base.roads;
        this.pointsByCarrier = base.pointsByCarrier;
        this.linehaulHubs = base.linehaulHubs;
        this.hubDestinations = base.hubDestinations;
        this.directDestinations = base.directDestinations;
        this.hubsNearCell = base.hubsNearCell;
        this.transitTimes = Objects.requireNonNull(transitTimes, "transitTimes");
    }

    /** The same enumerator with the first mile's days taken from measured transit where it has them. */
    public RouteOptionEnumerator withTransitTimes(TransitTimes measured) {
        return new RouteOptionEnumerator(this, measured);
    }

    public Network network() {
        return network;
    }

    public Enumeration enumerate(String parcelId, CustomerReturn ret, MarketRules rules, ParcelSpec spec) {
        return enumerate(parcelId, ret, rules, spec, ret.requestedOn());
    }

    /**
     * @param handInOn the day the customer hands the parcel in at a drop-off point or store (from the
     *                 request day on); pickups are offered on the first pickup days after the request
     */
    public Enumeration enumerate(String parcelId, CustomerReturn ret, MarketRules rules, ParcelSpec spec,
                                 LocalDate handInOn) {
        Set<Exclusion> exclusions = EnumSet.noneOf(Exclusion.class);
        List<Start> starts = starts(ret, rules, spec, handInOn, exclusions);
        List<RouteOption> eligible = new ArrayList<>();
        for (Start start : starts) {
            for (Warehouse warehouse : network.warehouses()) {
                addDirect(parcelId, ret, rules, spec, start, warehouse, eligible, exclusions);
            }
            for (Hub hub : nearestHubs(start.origin())) {
                addViaHub(parcelId, ret, rules, spec, start, hub, eligible, exclusions);
            }
        }
        if (starts.isEmpty() || eligible.isEmpty() && exclusions.isEmpty()) {
            exclusions.add(Exclusion.NO_SERVICE_FITS);
        }
        return new Enumeration(eligible, exclusions);
    }

    private List<Start> starts(CustomerReturn ret, MarketRules rules, ParcelSpec spec, LocalDate handInOn,
                               Set<Exclusion> exclusions) {
        List<Start> starts = new ArrayList<>();
        GeoPoint home = ret.customerLocation().point();
        for (CarrierService service : network.services()) {
            if (!service.mode().isFirstMile() || !service.countriesServed().contains(ret.marketCountry())
                    || (spec.handlingClass() == HandlingClass.FREIGHT) != (service.mode() == ServiceMode.FREIGHT_PICKUP)) {
                continue;
            }
            FirstMileMode mode = service.mode().firstMileMode();
            if (service.isPickup()) {
                LocalDate pickupDay = ret.requestedOn();
                for (int day = 0; day < limits.pickupDaysPerService(); day++) {
                    pickupDay = rules.firstPickupDayAfter(pickupDay);
                    PickupSlot slot = new PickupSlot(service, ret.customerLocation().pickupRegion(), pickupDay);
                    addStart(new Start(new FirstMile(mode, service, null, null, slot), home, pickupDay, 0, 0), rules,
                            spec, starts, exclusions);
                }
            } else {
                nearestPoints(service, home, spec).forEach(point -> addStart(new Start(
                        new FirstMile(mode, service, point, null, null), point.location().point(),
                        handInOn, roads.meters(home, point.location().point()), 0), rules, spec, starts,
                        exclusions));
                addStoreStarts(ret, service, rules, spec, handInOn, starts, exclusions);
            }
        }
        return starts;
    }

    private void addStoreStarts(CustomerReturn ret, CarrierService onward, MarketRules rules, ParcelSpec spec,
                                LocalDate handInOn, List<Start> starts, Set<Exclusion> exclusions) {
        GeoPoint home = ret.customerLocation().point();
        for (Store store : network.stores()) {
            long meters = roads.meters(home, store.location().point());
            if (store.shopId().equals(ret.shopId()) && meters <= limits.maxStoreMeters()) {
                addStart(new Start(new FirstMile(FirstMileMode.STORE, onward, null, store, null),
                        store.location().point(), handInOn, meters, store.handlingCentsPerParcel()), rules,
                        spec, starts, exclusions);
            }
        }
    }

    private void addStart(Start start, MarketRules rules, ParcelSpec spec, List<Start> starts,
                          Set<Exclusion> exclusions) {
        FirstMile firstMile = start.firstMile();
        if (!firstMile.accepts(spec) || firstMile.service() != null
                && !exactFit.takes(firstMile.service(), firstMile.dropOffPoint(), spec)) {
            exclusions.add(Exclusion.NO_SERVICE_FITS);
        } else if (!rules.allowsMode(start.firstMile().mode())) {
            exclusions.add(Exclusion.MODE_NOT_ALLOWED);
        } else {
            starts.add(start);
        }
    }

    private List<DropOffPoint> nearestPoints(CarrierService service, GeoPoint home, ParcelSpec spec) {
        SpatialGrid<DropOffPoint> grid = pointsByCarrier.get(service.carrierId());
        if (grid == null) {
            return List.of();
        }
        List<SpatialGrid.Near<DropOffPoint>> near = new ArrayList<>();
        for (SpatialGrid.Near<DropOffPoint> candidate : grid.within(home, limits.maxDropOffMeters())) {
            DropOffPoint point = candidate.item();
            if (point.limits().accepts(spec.longestSideCm(), spec.girthCm(), spec.weightGrams())
                    && exactFit.takes(service, point, spec)) {
                near.add(candidate);
            }
        }
        near.sort(Comparator.<SpatialGrid.Near<DropOffPoint>>comparingDouble(SpatialGrid.Near::chordSquared)
                .thenComparing(n -> n.item().id()));
        List<DropOffPoint> nearest = new ArrayList<>(limits.dropOffPointsPerService());
        for (int k = 0; k < near.size() && k < limits.dropOffPointsPerService(); k++) {
            nearest.add(near.get(k).item());
        }
        return nearest;
    }

    /**
     * The hubs nearest to the origin's grid cell (about 20 km wide). Ranking by cell rather than
     * by exact position lets all customers of a cell share one cached ranking, deterministically.
     */
    private List<Hub> nearestHubs(GeoPoint origin) {
        if (linehaulHubs.size() <= limits.hubsPerFirstMile()) {
            return linehaulHubs;
        }
        return hubsNearCell.computeIfAbsent(HubCell.of(origin), cell -> {
            record Near(Hub hub, long meters) {
            }
            GeoPoint center = cell.center();
            return linehaulHubs.stream()
                    .map(h -> new Near(h, h.location().point().greatCircleMetersTo(center)))
                    .sorted(Comparator.comparingLong(Near::meters).thenComparing(n -> n.hub().id()))
                    .limit(limits.hubsPerFirstMile())
                    .map(Near::hub)
                    .toList();
        });
    }

    private record HubCell(int row, int column) {

        private static final double DEGREES = 0.2;

        static HubCell of(GeoPoint point) {
            return new HubCell((int) Math.floor(point.latitude() / DEGREES),
                    (int) Math.floor(point.longitude() / DEGREES));
        }

        GeoPoint center() {
            return new GeoPoint(Math.max(-90, Math.min(90, (row + 0.5) * DEGREES)),
                    Math.max(-180, Math.min(180, (column + 0.5) * DEGREES)));
        }
    }

    private void addDirect(String parcelId, CustomerReturn ret, MarketRules rules, ParcelSpec spec, Start start,
                           Warehouse warehouse, List<RouteOption> eligible, Set<Exclusion> exclusions) {
        CarrierService service = start.firstMile().service();
        long meters = roads.meters(start.origin(), warehouse.location().point());
        Lane lane = new Lane(ret.marketCountry(), warehouse.location().countryCode());
        OptionalLong price = service.tariff().price(lane, spec.weightGrams(), meters);
        if (price.isEmpty()) {
            exclusions.add(Exclusion.NO_SERVICE_FITS);
            return;
        }
        LocalDate arrival = start.handover().plusDays(firstMileDays(service, ret, null, lane));
        int days = daysBetween(ret.requestedOn(), arrival);
        Co2eLegs co2 = new Co2eLegs(customerTrip(ret, start), carrierLeg(service, spec, meters), 0);
        long customs = rules.customsStatus() == CustomsStatus.OUTSIDE_EU_CUSTOMS_UNION
                ? rules.customsCostPerParcelCents() : 0;
        Destination destination = directDestinations.computeIfAbsent(warehouse, Destination::direct);
        add(parcelId, ret, rules, start, destination, price.getAsLong(), start.extraHandlingCents(), customs, days,
                co2, eligible, exclusions);
    }

    private void addViaHub(String parcelId, CustomerReturn ret, MarketRules rules, ParcelSpec spec, Start start,
                           Hub hub, List<RouteOption> eligible, Set<Exclusion> exclusions) {
        CarrierService service = start.firstMile().service();
        Linehaul linehaul = hub.linehaul().orElseThrow();
        Warehouse warehouse = network.warehouse(linehaul.warehouseId()).orElseThrow();
        long meters = roads.meters(start.origin(), hub.location().point());
        Lane lane = new Lane(ret.marketCountry(), hub.location().countryCode());
        OptionalLong price = service.tariff().price(lane, spec.weightGrams(), meters);
        if (price.isEmpty()) {
            exclusions.add(Exclusion.NO_SERVICE_FITS);
            return;
        }
        LocalDate departureDay = linehaul.nextDepartureOnOrAfter(start.handover().plusDays(
                firstMileDays(service, ret, hub.id(), lane)));
        int days = daysBetween(ret.requestedOn(), departureDay.plusDays(linehaul.transitDays()));
        long linehaulMeters = roads.meters(hub.location().point(), warehouse.location().point());
        Co2eLegs co2 = new Co2eLegs(customerTrip(ret, start), carrierLeg(service, spec, meters),
                co2e.legGrams(VehicleType.FULL_TRUCK, co2e.chargeableTonnes(spec.weightGrams(), spec.volumeCm3()),
                        linehaulMeters));
        // Outside the customs union the hub clears whole shipments; inside, each parcel crossed alone.
        long customs = rules.customsStatus() == CustomsStatus.OUTSIDE_EU_CUSTOMS_UNION && !hub.outsideCustomsUnion()
                ? rules.customsCostPerParcelCents() : 0;
        Departure departure = new Departure(hub, departureDay);
        Destination destination = hubDestinations.computeIfAbsent(departure,
                d -> new Destination(hub, warehouse, d));
        add(parcelId, ret, rules, start, destination, price.getAsLong(),
                start.extraHandlingCents() + hub.handlingCentsPerParcel(), customs, days, co2, eligible, exclusions);
    }

    private void add(String parcelId, CustomerReturn ret, MarketRules rules, Start start, Destination destination,
                     long transportCents, long handlingCents, long customsCents, int days, Co2eLegs co2,
                     List<RouteOption> eligible, Set<Exclusion> exclusions) {
        if (days > rules.maxDaysToWarehouse()) {
            exclusions.add(Exclusion.DEADLINE_UNREACHABLE);
            return;
        }
        OptionCosts costs = new OptionCosts(transportCents, handlingCents, customsCents,
                weights.delayCents(ret.wantedOutcome(), days), weights.co2Cents(co2.totalGrams()),
                weights.detourCents(start.detourMeters()));
        eligible.add(new RouteOption(OptionKeys.of(parcelId, start.firstMile(), start.handover(), destination),
                start.firstMile(), destination, costs, days, co2, start.detourMeters(), start.handover()));
    }

    private int firstMileDays(CarrierService service, CustomerReturn ret, String hubId, Lane lane) {
        return transitTimes.measuredDays(service, ret.marketCountry(), hubId).orElse(service.transitDays(lane));
    }

    private long carrierLeg(CarrierService service, ParcelSpec spec, long meters) {
        return co2e.carrierLegGrams(service.mode() == ServiceMode.FREIGHT_PICKUP,
                co2e.chargeableTonnes(spec.weightGrams(), spec.volumeCm3()), meters);
    }

    /** A pickup spares the customer the trip; a drop-off or store hand-in is a trip of their own. */
    private long customerTrip(CustomerReturn ret, Start start) {
        return start.firstMile().mode() == FirstMileMode.HOME_PICKUP ? 0
                : co2e.customerTripGrams(ret.marketCountry(), start.detourMeters());
    }

    private static int daysBetween(LocalDate from, LocalDate to) {
        return Math.toIntExact(to.toEpochDay() - from.toEpochDay());
    }
}
