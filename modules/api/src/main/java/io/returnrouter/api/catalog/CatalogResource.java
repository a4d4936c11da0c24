package io.returnrouter.api.catalog;

import io.returnrouter.api.Money;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.spi.CarrierModule;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the installation routes with: network, markets, carriers. */
@Path("/v1")
@RolesAllowed(Roles.PLANNER)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog", description = "The network, markets and carriers in force")
public class CatalogResource {

    private final RoutingWorldSource worlds;

    @Inject
    public CatalogResource(RoutingWorldSource worlds) {
        this.worlds = worlds;
    }

    /** For CDI proxies only. */
    protected CatalogResource() {
        this(null);
    }

    @GET
    @Path("/network")
    @Operation(summary = "Warehouses, hubs (capacity, linehaul, customs) and drop-off point counts per carrier and type")
    public JsonObject network() {
        Network network = worlds.current().network();
        JsonArrayBuilder warehouses = Json.createArrayBuilder();
        network.warehouses().forEach(w -> warehouses.add(Json.createObjectBuilder().add("id", w.id()).add("name", w.name())
                .add("country", w.location().countryCode())
                .add("lat", w.location().point().latitude()).add("lon", w.location().point().longitude())));
        JsonArrayBuilder hubs = Json.createArrayBuilder();
        network.hubs().forEach(h -> hubs.add(hub(h)));
        Map<String, Map<String, Long>> points = network.dropOffPoints().stream().collect(Collectors.groupingBy(
                DropOffPoint::carrierId, TreeMap::new,
                Collectors.groupingBy(p -> p.type().name(), TreeMap::new, Collectors.counting())));
        JsonObjectBuilder pointCounts = Json.createObjectBuilder();
        points.forEach((carrier, byType) -> {
            JsonObjectBuilder counts = Json.createObjectBuilder();
            byType.forEach(counts::add);
            pointCounts.add(carrier, counts);
        });
        return Json.createObjectBuilder()
                .add("warehouses", warehouses)
                .add("hubs", hubs)
                .add("dropOffPoints", Json.createObjectBuilder().add("total", network.dropOffPoints().size())
                        .add("byCarrierAndType", pointCounts))
                .add("stores", network.stores().size())
                .add("carrierServices", network.services().size())
                .build();
    }

    @GET
    @Path("/markets")
    @RolesAllowed({Roles.PLANNER, Roles.MARKET_MANAGER})
    @Operation(summary = "Installed markets with the rules in force")
    @APIResponse(responseCode = "200", description = "One object per market: code, name, window, fees, allowed modes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Map.class)))
    public JsonArray markets() {
        JsonArrayBuilder markets = Json.createArrayBuilder();
        for (MarketModule market : worlds.registry().markets()) {
            MarketRules rules = worlds.current().rules().forCountry(market.countryCode()).orElse(market.defaultRules());
            JsonObjectBuilder fees = Json.createObjectBuilder();
            JsonArrayBuilder modes = Json.createArrayBuilder();
            for (FirstMileMode mode : FirstMileMode.values()) {
                if (rules.allowsMode(mode)) {
                    modes.add(mode.name());
                    fees.add(mode.name(), Money.eur(rules.customerFeeCents(mode)));
                }
            }
            JsonArrayBuilder facts = Json.createArrayBuilder();
            market.keyFacts().forEach(facts::add);
            JsonArrayBuilder languages = Json.createArrayBuilder();
            market.languages().forEach(languages::add);
            markets.add(Json.createObjectBuilder()
                    .add("code", market.countryCode())
                    .add("name", market.displayName())
                    .add("currency", market.currency().getCurrencyCode())
                    .add("languages", languages)
                    .add("returnWindowDays", rules.effectiveReturnWindowDays())
                    .add("legalMinimumWindowDays", rules.legalMinimumWindowDays())
                    .add("maxDaysToWarehouse", rules.maxDaysToWarehouse())
                    .add("customsStatus", rules.customsStatus().name())
                    .add("allowedModes", modes)
                    .add("customerFeesEur", fees)
                    .add("keyFacts", facts));
        }
        return markets.build();
    }

    @GET
    @Path("/carriers")
    @Operation(summary = "Installed carriers with their services and published limits")
    @APIResponse(responseCode = "200", description = "One object per carrier: id, name, services, drop-off point count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Map.class)))
    public JsonArray carriers() {
        JsonArrayBuilder carriers = Json.createArrayBuilder();
        for (CarrierModule carrier : worlds.registry().carriers()) {
            JsonArrayBuilder services = Json.createArrayBuilder();
            carrier.services().forEach(s -> {
                JsonArrayBuilder countries = Json.createArrayBuilder();
                s.countriesServed().stream().sorted().forEach(countries::add);
                services.add(Json.createObjectBuilder().add("id", s.id()).add("mode", s.mode().name())
                        .add("countries", countries));
            });
            JsonArrayBuilder facts = Json.createArrayBuilder();
            carrier.keyFacts().forEach(facts::add);
            carriers.add(Json.createObjectBuilder()
                    .add("id", carrier.carrierId())
                    .add("name", carrier.displayName())
                    .add("services", services)
                    .add("dropOffPoints", carrier.dropOffPoints().size())
                    .add("keyFacts", facts));
        }
        return carriers.build();
    }

    private static JsonObjectBuilder hub(Hub h) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", h.id()).add("name", h.name())
                .add("country", h.location().countryCode())
                .add("lat", h.location().point().latitude()).add("lon", h.location().point().longitude())
                .add("capacityParcels", h.capacityParcels())
                .add("capacityVolumeM3", BigDecimal.valueOf(h.capacityVolumeCm3(), 6))
                .add("handlingEurPerParcel", Money.eur(h.handlingCentsPerParcel()))
                .add("fixedCostEurPerPeriod", Money.eur(h.fixedCostCentsPerPeriod()))
                .add("outsideCustomsUnion", h.outsideCustomsUnion())
                .add("customsClearanceEurPerShipment", Money.eur(h.customsClearanceCentsPerShipment()));
        h.linehaul().ifPresent(l -> {
            JsonArrayBuilder days = Json.createArrayBuilder();
            l.departureDays().stream().sorted().forEach(d -> days.add(d.name()));
            json.add("linehaul", Json.createObjectBuilder().add("warehouseId", l.warehouseId()).add("departureDays", days)
                    .add("vehicleCostEur", Money.eur(l.vehicleCostCents()))
                    .add("vehicleVolumeM3", BigDecimal.valueOf(l.vehicleVolumeCm3(), 6))
                    .add("transitDays", l.transitDays()));
        });
        return json;
    }
}
