package io.returnrouter.api.scenarios;

import io.returnrouter.api.plans.PlanRequestDto;
import io.returnrouter.api.plans.PlanService;
import io.returnrouter.api.plans.ScenarioCodec;
import io.returnrouter.api.plans.StoredAssignment;
import io.returnrouter.api.problem.ConflictException;
import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.kpi.KpiComparison;
import io.returnrouter.core.kpi.OperationalChanges;
import io.returnrouter.core.kpi.ParcelRoute;
import io.returnrouter.core.kpi.PlanKpis;
import io.returnrouter.core.kpi.RouteEnd;
import io.returnrouter.persistence.entity.PlanAssignmentEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.entity.ScenarioEntity;
import io.returnrouter.persistence.repository.ScenarioRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Scenarios: named variations of the network and rules, run on stored datasets and compared. */
@ApplicationScoped
public class ScenarioService {

    static final int MAX_COMPARED_RUNS = 6;
    static final int TOP_CHANGES = 10;
    private static final int PAGE = 5_000;
    private static final Jsonb JSON = JsonbBuilder.create();

    private final ScenarioRepository scenarios;
    private final ScenarioCodec codec;
    private final RoutingWorldSource worlds;
    private final PlanService plans;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public ScenarioService(ScenarioRepository scenarios, ScenarioCodec codec, RoutingWorldSource worlds, PlanService plans) {
        this.scenarios = scenarios;
        this.codec = codec;
        this.worlds = worlds;
        this.plans = plans;
    }

    /** For CDI proxies only. */
    protected ScenarioService() {
        this(null, null, null, null);
    }

    /** Checks every change against today's network (unknown hub, carrier, market: 422) and stores it. */
    public ScenarioView create(ScenarioRequestDto request) {
        var changes = ScenarioChanges.toDomain(request.changes());
        codec.apply(changes, worlds.current());
        ScenarioEntity entity = new ScenarioEntity(UUID.randomUUID().toString(), request.name(), request.description(),
                codec.toJson(request.changes()), clock.instant());
        scenarios.save(entity);
        return view(entity);
    }

    public ScenarioView get(String id) {
        return view(find(id));
    }

    public List<ScenarioView> all() {
        return scenarios.all().stream().map(this::view).toList();
    }

    /** Starts a plan of the scenario; returns the plan (run) id. */
    public String run(String scenarioId, RunRequestDto run) {
        find(scenarioId);
        if ((run.datasetId() == null) == (run.generate() == null)) {
            throw new UnprocessableException("datasetId", "give exactly one of datasetId or generate");
        }
        return plans.create(new PlanRequestDto(null, run.generate(), run.datasetId(), scenarioId,
                run.timeLimitSeconds(), run.weights()));
    }

    /** KPIs of finished runs side by side against the first, and what moved between them. */
    public JsonObject compare(List<String> runIds) {
        if (runIds.size() < 2 || runIds.size() > MAX_COMPARED_RUNS) {
            throw new UnprocessableException("runs", "compare 2 to " + MAX_COMPARED_RUNS + " runs, got " + runIds.size());
        }
        if (new LinkedHashSet<>(runIds).size() != runIds.size()) {
            throw new UnprocessableException("runs", "a run is listed twice");
        }
        List<PlanEntity> runs = runIds.stream().map(plans::get).toList();
        List<KpiComparison.Run> kpiRuns = new ArrayList<>();
        var runsJson = Json.createArrayBuilder();
        for (PlanEntity run : runs) {
            if (run.getResultJson() == null) {
                throw new ConflictException("Run " + run.getId() + " is " + run.getStatus() + ": compare finished runs.");
            }
            String name = runName(run);
            JsonObject result = parse(run.getResultJson());
            kpiRuns.add(new KpiComparison.Run(name, JSON.fromJson(result.getJsonObject("kpis").toString(), PlanKpis.class)));
            runsJson.add(Json.createObjectBuilder().add("id", run.getId()).add("name", name)
                    .add("datasetId", run.getDatasetId()).add("status", run.getStatus().name()));
        }
        var changes = Json.createArrayBuilder();
        PlanEntity base = runs.get(0);
        Map<String, ParcelRoute> baseRoutes = routes(base.getId());
        for (PlanEntity other : runs.subList(1, runs.size())) {
            var entry = Json.createObjectBuilder().add("from", base.getId()).add("to", other.getId());
            if (!other.getDatasetId().equals(base.getDatasetId())) {
                entry.add("note", "different datasets: parcels cannot be matched");
            } else {
                OperationalChanges moved = OperationalChanges.betweenRoutes(baseRoutes, routes(other.getId()),
                        TOP_CHANGES, Function.identity());
                entry.add("changes", parse(JSON.toJson(moved)));
            }
            changes.add(entry);
        }
        return Json.createObjectBuilder()
                .add("runs", runsJson)
                .add("kpis", parse(JSON.toJson(KpiComparison.of(kpiRuns))))
                .add("operationalChanges", changes)
                .build();
    }

    private String runName(PlanEntity run) {
        String suffix = " (" + run.getId().substring(0, 8) + ")";
        if (run.getScenarioId() == null) {
            return "base" + suffix;
        }
        return scenarios.find(run.getScenarioId()).map(ScenarioEntity::getName).orElse("scenario") + suffix;
    }

    private Map<String, ParcelRoute> routes(String planId) {
        Map<String, ParcelRoute> routes = new HashMap<>();
        for (int offset = 0; ; offset += PAGE) {
            List<PlanAssignmentEntity> page = plans.assignments(planId, offset, PAGE);
            for (PlanAssignmentEntity row : page) {
                StoredAssignment a = JSON.fromJson(row.getAssignmentJson(), StoredAssignment.class);
                routes.put(a.parcelId(), new ParcelRoute(a.market(), a.returnId(),
                        new RouteEnd(RouteEnd.Kind.valueOf(a.endKind()), a.endId(), a.endName())));
            }
            if (page.size() < PAGE) {
                return routes;
            }
        }
    }

    private ScenarioEntity find(String id) {
        return scenarios.find(id).orElseThrow(() -> new NotFoundException("No scenario " + id + "."));
    }

    private ScenarioView view(ScenarioEntity e) {
        var described = codec.changes(e.getChangesJson()).stream().map(c -> c.describe()).toList();
        return new ScenarioView(e.getId(), e.getName(), e.getDescription(), codec.changeDtos(e.getChangesJson()),
                described, e.getCreatedAt());
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
