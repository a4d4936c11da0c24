package io.returnrouter.api.plans;

import io.returnrouter.api.problem.ConflictException;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.model.Warehouse;
import io.returnrouter.persistence.entity.DatasetEntity;
import io.returnrouter.persistence.entity.PlanAssignmentEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.repository.DatasetRepository;
import io.returnrouter.persistence.repository.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan's flows for a map: parcels aggregated by customer region (country and the first two
 * postal-code characters, as pickup slots are planned), first-mile mode and where they leave for
 * the warehouse (a hub, or directly). A plan of 10,000 generated returns becomes about 1,300
 * lines that a browser draws at once, instead of 10,000.
 */
@ApplicationScoped
public class PlanFlows {

    private static final Jsonb JSON = JsonbBuilder.create();

    private final PlanRepository plans;
    private final DatasetRepository datasets;
    private final ScenarioWorlds worlds;

    @Inject
    public PlanFlows(PlanRepository plans, DatasetRepository datasets, ScenarioWorlds worlds) {
        this.plans = plans;
        this.datasets = datasets;
        this.worlds = worlds;
    }

    /** For CDI proxies only. */
    protected PlanFlows() {
        this(null, null, null);
    }

    public JsonObject of(PlanEntity plan) {
        if (plan.getResultJson() == null) {
            throw new ConflictException("Plan " + plan.getId() + " is " + plan.getStatus() + ": it has no flows until it is solved.");
        }
        Map<String, Location> customers = customers(plan.getDatasetId());
        Network network = worlds.world(plan.getScenarioId(), null).network();
        Map<String, Location> ends = new HashMap<>();
        network.hubs().forEach(h -> ends.put(h.id(), h.location()));
        network.warehouses().forEach(w -> ends.put(w.id(), w.location()));

        Map<FlowKey, Flow> flows = new LinkedHashMap<>();
        for (PlanAssignmentEntity stored : plans.allAssignments(plan.getId())) {
            StoredAssignment a = JSON.fromJson(stored.getAssignmentJson(), StoredAssignment.class);
            Location customer = customers.get(a.returnId());
            if (customer == null || a.endId() == null) {
                continue;
            }
            FlowKey key = new FlowKey(customer.countryCode() + "-" + customer.pickupRegion(), a.firstMile(), a.endKind(),
                    a.endId(), a.endName());
            flows.computeIfAbsent(key, k -> new Flow()).add(a, customer);
        }
        JsonArrayBuilder lines = Json.createArrayBuilder();
        flows.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<FlowKey, Flow> e) -> e.getValue().parcels).reversed())
                .forEach(e -> lines.add(e.getValue().json(e.getKey(), ends.get(e.getKey().endId()))));
        return Json.createObjectBuilder()
                .add("planId", plan.getId())
                .add("scenarioId", plan.getScenarioId() == null ? JsonValue.NULL : Json.createValue(plan.getScenarioId()))
                .add("flows", lines)
                .add("hubs", hubs(network, plan.getResultJson()))
                .add("warehouses", warehouses(network))
                .build();
    }

    private Map<String, Location> customers(String datasetId) {
        DatasetEntity dataset = datasets.find(datasetId).orElseThrow(
                () -> new IllegalStateException("dataset " + datasetId + " of a stored plan is missing"));
        Map<String, Location> byReturn = new HashMap<>();
        for (ReturnRequestDto r : JSON.fromJson(dataset.getReturnsJson(), ReturnRequestDto[].class)) {
            var c = r.customer();
            byReturn.put(r.returnId(), Location.of(c.lat().doubleValue(), c.lon().doubleValue(), c.country(), c.postalCode()));
        }
        return byReturn;
    }

    /** Every hub of the plan's network with its use of capacity in this plan (0 where it got nothing). */
    private static JsonArrayBuilder hubs(Network network, String resultJson) {
        Map<String, JsonObject> used = new HashMap<>();
        try (var reader = Json.createReader(new StringReader(resultJson))) {
            reader.readObject().getJsonObject("kpis").getJsonArray("hubs")
                    .forEach(h -> used.put(h.asJsonObject().getString("hubId"), h.asJsonObject()));
        }
        JsonArrayBuilder hubs = Json.createArrayBuilder();
        for (Hub hub : network.hubs()) {
            JsonObject use = used.get(hub.id());
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", hub.id()).add("name", hub.name())
                    .add("lat", hub.location().point().latitude()).add("lon", hub.location().point().longitude())
                    .add("capacityParcels", hub.capacityParcels())
                    .add("capacityVolumeM3", BigDecimal.valueOf(hub.capacityVolumeCm3()).movePointLeft(6))
                    .add("parcels", use == null ? 0 : use.getInt("parcels"))
                    .add("volumeM3", use == null ? BigDecimal.ZERO
                            : use.getJsonNumber("volumeCm3").bigDecimalValue().movePointLeft(6));
            putPercent(json, "parcelUtilisationPercent", use);
            putPercent(json, "volumeUtilisationPercent", use);
            hubs.add(json);
        }
        return hubs;
    }

    private static void putPercent(JsonObjectBuilder json, String name, JsonObject use) {
        if (use == null) {
            json.add(name, BigDecimal.ZERO);
        } else {
            json.add(name, use.getOrDefault(name, JsonValue.NULL));
        }
    }

    private static JsonArrayBuilder warehouses(Network network) {
        JsonArrayBuilder warehouses = Json.createArrayBuilder();
        for (Warehouse w : network.warehouses()) {
            warehouses.add(Json.createObjectBuilder().add("id", w.id()).add("name", w.name())
                    .add("lat", w.location().point().latitude()).add("lon", w.location().point().longitude()));
        }
        return warehouses;
    }

    private record FlowKey(String region, String mode, String endKind, String endId, String endName) {
    }

    /** The parcels of one flow, and where its customers are on average. */
    private static final class Flow {
        int parcels;
        final Set<String> returns = new HashSet<>();
        double latSum;
        double lonSum;
        BigDecimal volumeM3 = BigDecimal.ZERO;
        BigDecimal costEur = BigDecimal.ZERO;

        void add(StoredAssignment a, Location customer) {
            parcels++;
            if (returns.add(a.returnId())) {
                latSum += customer.point().latitude();
                lonSum += customer.point().longitude();
            }
            if (a.volumeM3() != null) {
                volumeM3 = volumeM3.add(a.volumeM3());
            }
            costEur = costEur.add(a.costEur());
        }

        JsonObject json(FlowKey key, Location end) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("region", key.region())
                    .add("lat", round(latSum / returns.size()))
                    .add("lon", round(lonSum / returns.size()))
                    .add("mode", key.mode() == null ? "NONE" : key.mode())
                    .add("endKind", key.endKind())
                    .add("endId", key.endId())
                    .add("endName", key.endName() == null ? key.endId() : key.endName())
                    .add("parcels", parcels)
                    .add("returns", returns.size())
                    .add("volumeM3", volumeM3.setScale(3, RoundingMode.HALF_UP))
                    .add("costEur", costEur.setScale(2, RoundingMode.HALF_UP));
            if (end != null) {
                json.add("endLat", end.point().latitude()).add("endLon", end.point().longitude());
            }
            return json.build();
        }

        private static BigDecimal round(double degrees) {
            return BigDecimal.valueOf(degrees).setScale(4, RoundingMode.HALF_UP);
        }
    }
}
