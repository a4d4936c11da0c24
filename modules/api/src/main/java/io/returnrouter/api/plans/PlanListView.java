package io.returnrouter.api.plans;

import io.returnrouter.api.Money;
import io.returnrouter.persistence.repository.PlanSummary;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The JSON of the plan list: one line per plan with what it has so far, and the page it is. */
final class PlanListView {

    private PlanListView() {
    }

    static JsonObject of(List<PlanSummary> plans, PlanListQuery query, long total) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        plans.forEach(p -> items.add(item(p)));
        return Json.createObjectBuilder()
                .add("items", items)
                .add("page", query.page())
                .add("size", query.size())
                .add("total", total)
                .build();
    }

    static JsonObject item(PlanSummary p) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("planId", p.id())
                .add("status", p.status().name())
                .add("createdAt", p.createdAt().toString())
                .add("updatedAt", p.updatedAt().toString())
                .add("returns", p.returns())
                .add("datasetId", p.datasetId())
                .add("timeLimitSeconds", p.timeLimitSeconds());
        if (p.scenarioId() != null) {
            json.add("scenarioId", p.scenarioId());
        }
        if (p.bestScore() != null) {
            json.add("bestScore", p.bestScore());
        }
        if (p.feasible() != null) {
            json.add("feasible", p.feasible());
        }
        if (p.costCents() != null) {
            json.add("totalCostEur", Money.eur(p.costCents()));
        }
        if (p.greedyCostCents() != null) {
            json.add("greedyCostEur", Money.eur(p.greedyCostCents()));
            if (p.costCents() != null && p.greedyCostCents() != 0) {
                json.add("savingVsGreedyPercent", savingPercent(p.costCents(), p.greedyCostCents()));
            }
        }
        return json.build();
    }

    /** As the plan's own KPIs state it: (greedy − plan) ÷ greedy, in percent with two decimals. */
    static BigDecimal savingPercent(long costCents, long greedyCostCents) {
        return BigDecimal.valueOf(greedyCostCents - costCents).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(greedyCostCents), 2, RoundingMode.DOWN);
    }
}
