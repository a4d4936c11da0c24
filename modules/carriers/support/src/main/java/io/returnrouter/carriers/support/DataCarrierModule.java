package io.returnrouter.carriers.support;

import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.DropOffPointType;
import io.returnrouter.core.model.GeoPoint;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.Tariff;
import io.returnrouter.core.model.TariffBand;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.spi.CarrierModule;
import io.returnrouter.core.spi.carrier.CarrierCapability;
import io.returnrouter.core.spi.carrier.Measure;
import io.returnrouter.core.spi.carrier.ParcelRefusedException;
import io.returnrouter.core.spi.carrier.PointQuery;
import io.returnrouter.core.spi.carrier.PointSearch;
import io.returnrouter.core.spi.carrier.PointsAnswer;
import io.returnrouter.core.spi.carrier.PriceSource;
import io.returnrouter.core.spi.carrier.RateLookup;
import io.returnrouter.core.spi.carrier.RateQuote;
import io.returnrouter.core.spi.carrier.RateRequest;
import io.returnrouter.plugin.support.DataFile;
import io.returnrouter.plugin.support.Settings;
import io.returnrouter.plugin.support.geo.Cities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A carrier module whose facts are data: {@code carrier.json} next to the concrete class. Read
 * and checked when the module is created; sample prices are converted to euro cents once, with
 * the configured exchange rates. Besides the core's view (services, points) it answers exact
 * questions the core cannot ask: does this parcel fit to the millimetre, what does it cost
 * offline, which points near a place take it.
 */
public abstract class DataCarrierModule implements CarrierModule, RateLookup, PointSearch {

    private final CarrierDefinition definition;
    private final ExchangeRates rates;
    private final List<CarrierService> services;
    private final OfflinePoints points;
    /** Per service id: asked for every drop-off point a quote considers, so a lookup, not a search. */
    private final Map<String, PublishedLimits> serviceLimits = new HashMap<>();

    /** With the operator's settings from system properties and the environment. */
    protected DataCarrierModule() {
        this(Settings.system());
    }

    protected DataCarrierModule(Settings settings) {
        this.definition = CarrierDefinitionReader.read(DataFile.read(getClass(), "carrier.json"), settings);
        this.rates = ExchangeRates.load(settings);
        this.services = definition.services().stream().map(this::toCore).toList();
        this.points = new OfflinePoints(definition.id(), definition.name(), definition.pointKinds(), Cities.all());
        definition.services().forEach(s -> serviceLimits.put(s.id(), s.limits()));
    }

    public CarrierDefinition definition() {
        return definition;
    }

    @Override
    public String carrierId() {
        return definition.id();
    }

    /** The carrier.json this module ships, as text: what the database is seeded with on first start. */
    @Override
    public Optional<String> defaultsDocument() {
        return Optional.of(DataFile.text(getClass(), "carrier.json"));
    }

    /** Offline rates and points, from the module's own data; live adapters (CDI beans) are listed before it. */
    @Override
    public List<CarrierCapability> capabilities() {
        return List.of(this);
    }

    @Override
    public RateQuote rate(RateRequest request) {
        return offlineRate(request);
    }

    @Override
    public PointsAnswer points(PointQuery query) {
        return offlinePoints(query.near(), query.parcel(), query.limit());
    }

    @Override
    public String displayName() {
        return definition.name();
    }

    @Override
    public List<CarrierService> services() {
        return services;
    }

    @Override
    public List<DropOffPoint> dropOffPoints() {
        return points.points();
    }

    /** The exact check behind the core's coarser limits: service limits, then the point kind's. */
    @Override
    public boolean takes(CarrierService service, DropOffPoint point, ParcelSpec spec) {
        Optional<Measure> parcel = Measure.of(spec);
        if (parcel.isEmpty()) {
            return true;
        }
        PublishedLimits limits = serviceLimits.get(service.id());
        boolean serviceTakes = limits == null || limits.takes(parcel.get());
        boolean pointTakes = point == null || points.kindOf(point.id())
                .map(k -> k.limits().takes(parcel.get())).orElse(true);
        return serviceTakes && pointTakes;
    }

    /** Why the service refuses the parcel (exact published limits), or empty when it takes it. */
    public Optional<String> refusal(String serviceId, Measure parcel) {
        return service(serviceId).limits().refusal(parcel);
    }

    /** Why a kind of point refuses the parcel, or empty when it takes it. */
    public Optional<String> pointRefusal(DropOffPointType type, String country,
                                        Measure parcel) {
        return definition.pointKinds().stream()
                .filter(k -> k.type() == type && k.countries().contains(country))
                .findFirst()
                .map(k -> k.limits().refusal(parcel))
                .orElseThrow(() -> new IllegalArgumentException(
                        "carrier " + carrierId() + " has no " + type + " points in " + country));
    }

    /** The sample list price; refused with the reason when the parcel or lane is not served. */
    public RateQuote offlineRate(RateRequest request) {
        ServiceDefinition service = service(request.serviceId());
        service.limits().refusal(request.parcel()).ifPresent(reason -> {
            throw new ParcelRefusedException(service.id() + " refuses " + request.parcel() + ": " + reason);
        });
        LaneTariff tariff = service.lanes().get(request.lane());
        if (tariff == null) {
            throw new ParcelRefusedException(service.id() + " has no tariff from " + request.lane().originCountry()
                    + " to " + request.lane().destinationCountry());
        }
        BigDecimal amount = tariff.price(request.parcel()).orElseThrow(() -> new ParcelRefusedException(
                service.id() + " has no weight band for " + request.parcel().weightGrams() + " g"));
        return new RateQuote(service.id(), request.lane(), amount, tariff.currency(),
                rates.toEuroCents(amount, tariff.currency()), PriceSource.OFFLINE, "sample list price");
    }

    /** The nearest offline points that take the parcel. */
    public PointsAnswer offlinePoints(GeoPoint from, Measure parcel, int limit) {
        return new PointsAnswer(points.nearest(from, parcel, limit), PriceSource.OFFLINE, "offline point list");
    }

    /**
     * The country of the module's offline point nearest to a place: what a carrier API that
     * searches per country (PostNL's locations) is asked for.
     */
    public String nearestCountry(GeoPoint place) {
        DropOffPoint nearest = null;
        double best = Double.MAX_VALUE;
        for (DropOffPoint point : dropOffPoints()) {
            double distance = point.location().point().greatCircleMetersTo(place);
            if (distance < best) {
                best = distance;
                nearest = point;
            }
        }
        if (nearest == null) {
            throw new IllegalStateException("carrier " + carrierId() + " has no points");
        }
        return nearest.location().countryCode();
    }

    public ExchangeRates exchangeRates() {
        return rates;
    }

    @Override
    public List<String> keyFacts() {
        List<String> facts = new ArrayList<>();
        for (ServiceDefinition service : definition.services()) {
            facts.add(service.id() + " (" + service.mode() + ", " + String.join("/", service.countries().stream()
                    .sorted().toList()) + "): " + service.limits().describe()
                    + (service.acceptsHazardous() ? ", hazardous accepted" : "")
                    + (service.pickupWindow() == null ? "" : ", collects " + service.pickupWindow()));
            service.lanes().values().stream().map(LaneTariff::describe).sorted()
                    .forEach(lane -> facts.add("    " + lane));
        }
        for (PointKind kind : definition.pointKinds()) {
            facts.add(kind.type() + " points in " + String.join("/", kind.countries().stream().sorted().toList())
                    + ": " + kind.limits().describe());
        }
        facts.add(definition.dataNote());
        return facts;
    }

    private ServiceDefinition service(String serviceId) {
        return definition.service(serviceId).orElseThrow(() -> new IllegalArgumentException(
                "carrier " + carrierId() + " has no service " + serviceId));
    }

    private CarrierService toCore(ServiceDefinition service) {
        Map<Lane, List<TariffBand>> bands = new HashMap<>();
        Map<Lane, Integer> transitDays = new HashMap<>();
        service.lanes().forEach((lane, tariff) -> {
            bands.put(lane, tariff.toCoreBands(rates));
            tariff.transitDays().ifPresent(days -> transitDays.put(lane, days));
        });
        return new CarrierService(service.id(), definition.id(), service.mode(), service.countries(),
                service.limits().toCoreLimits(), service.acceptsHazardous(), new Tariff(bands, 0, transitDays),
                service.transitDays(), service.pickupSlotsPerDayPerRegion(), service.co2MilligramsPerParcelKm(),
                service.pickupWindow());
    }
}
