package io.returnrouter.api.plans;

import io.returnrouter.api.Money;
import io.returnrouter.persistence.entity.DatasetEntity;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages of plans, newest first, as lists show them: status, size, cost and saving against the
 * greedy baseline; a lost plan id is found again here. Read from the database, so every instance
 * lists every plan.
 */
@ApplicationScoped
public class PlanListing {

    private final PlanRepository plans;
    private final DatasetRepository datasets;

    @Inject
    public PlanListing(PlanRepository plans, DatasetRepository datasets) {
        this.plans = plans;
        this.datasets = datasets;
    }

    /** For CDI proxies only. */
    protected PlanListing() {
        this(null, null);
    }

    /**
     * @param status     null for every status
     * @param scenarioId null for plans of any scenario (or none)
     * @param page       0-based
     */
    public JsonObject page(PlanEntity.Status status, String scenarioId, int page, int size) {
        List<PlanEntity> found = plans.page(status, scenarioId, page * size, size);
        Map<String, Integer> sizes = new HashMap<>();
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (PlanEntity plan : found) {
            int returns = sizes.computeIfAbsent(plan.getDatasetId(),
                    id -> datasets.find(id).map(DatasetEntity::getReturnCount).orElse(0));
            items.add(item(plan, returns));
        }
        return Json.createObjectBuilder()
                .add("items", items)
                .add("page", page)
                .add("size", size)
                .add("total", plans.count(status, scenarioId))
                .build();
    }

    private static JsonObject item(PlanEntity plan, int returns) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("planId", plan.getId())
                .add("status", plan.getStatus().name())
                .add("createdAt", plan.getCreatedAt().toString())
                .add("returns", returns)
                .add("datasetId", plan.getDatasetId())
                .add("scenarioId", plan.getScenarioId() == null ? JsonValue.NULL : Json.createValue(plan.getScenarioId()))
                .add("timeLimitSeconds", plan.getTimeLimitSeconds())
                .add("bestScore", plan.getBestScore() == null ? JsonValue.NULL : Json.createValue(plan.getBestScore()));
        if (plan.getCostCents() != null && plan.getGreedyCostCents() != null) {
            json.add("costEur", Money.eur(plan.getCostCents()))
                    .add("greedyCostEur", Money.eur(plan.getGreedyCostCents()))
                    .add("savingVsGreedyPercent", savingPercent(plan.getCostCents(), plan.getGreedyCostCents()));
        } else {
            json.add("savingVsGreedyPercent", JsonValue.NULL);
        }
        return json.build();
    }

    static BigDecimal savingPercent(long costCents, long greedyCostCents) {
        if (greedyCostCents == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(greedyCostCents - costCents).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(greedyCostCents), 2, RoundingMode.HALF_UP);
    }
}
