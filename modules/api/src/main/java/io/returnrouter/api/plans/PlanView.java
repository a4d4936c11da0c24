package io.returnrouter.api.plans;

import io.returnrouter.api.Money;
import io.returnrouter.persistence.entity.PlanAssignmentEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.List;

/**
 * The JSON a planner sees of a plan. The stored result is spliced in as JSON rather than bound
 * back into objects, so what was stored is exactly what is served.
 */
final class PlanView {

    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * What the figures of a plan are counted in, by the suffix of their names: a plan prices every
     * leg in the operator's cost currency, so its sums need no exchange rate.
     */
    static final JsonObject UNITS = Json.createObjectBuilder()
            .add("currency", "EUR")
            .add("*Cents", "integer cents of EUR")
            .add("*Eur", "EUR, decimal")
            .add("*Grams", "grams of CO2 equivalent")
            .add("*Kg", "kilograms")
            .add("*Days*", "calendar days")
            .add("*Percent", "percent")
            .build();

    private PlanView() {
    }

    static JsonObject of(PlanEntity plan, String status, List<PlanResultView.ProgressPoint> liveProgress) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", plan.getId())
                .add("status", status)
                .add("datasetId", plan.getDatasetId())
                .add("scenarioId", nullable(plan.getScenarioId()))
                .add("timeLimitSeconds", plan.getTimeLimitSeconds())
                .add("createdAt", plan.getCreatedAt().toString())
                .add("startedAt", plan.getStartedAt() == null ? JsonValue.NULL : Json.createValue(plan.getStartedAt().toString()))
                .add("finishedAt", plan.getFinishedAt() == null ? JsonValue.NULL : Json.createValue(plan.getFinishedAt().toString()));
        if (plan.getFailure() != null) {
            json.add("failure", plan.getFailure());
        }
        if (plan.getOwner() != null) {
            json.add("solvedBy", plan.getOwner());
        }
        if (plan.getAttempt() > 1) {
            json.add("attempts", plan.getAttempt());
        }
        if (plan.isCancelRequested() && !plan.getStatus().isFinal()) {
            json.add("stopRequested", true);
        }
        if (plan.getRulesVersions() != null) {
            json.add("rulesVersions", parse(plan.getRulesVersions()));
        }
        if (liveProgress == null && plan.getResultJson() == null && plan.getProgressJson() != null) {
            // solved by another instance: its best score so far, as of its last lease renewal
            json.add("progress", parse(plan.getProgressJson()));
            json.add("bestScore", plan.getBestScore());
        }
        if (liveProgress != null) {
            json.add("progress", parse(JSON.toJson(liveProgress)));
            if (!liveProgress.isEmpty()) {
                json.add("bestScore", liveProgress.get(liveProgress.size() - 1).score());
            }
        }
        if (plan.getResultJson() != null) {
            JsonObject result = parse(plan.getResultJson()).asJsonObject();
            json.add("bestScore", plan.getBestScore())
                    .add("feasible", Boolean.TRUE.equals(plan.getFeasible()))
                    .add("costEur", Money.eur(plan.getCostCents()))
                    .add("greedyCostEur", Money.eur(plan.getGreedyCostCents()))
                    .add("units", UNITS);
            result.forEach(json::add);
        }
        return json.build();
    }

    static JsonObject withAssignments(JsonObject plan, List<PlanAssignmentEntity> page, long total, int offset, int limit) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.forEach(a -> items.add(parse(a.getAssignmentJson())));
        JsonObjectBuilder json = Json.createObjectBuilder(plan);
        json.add("assignments", Json.createObjectBuilder()
                .add("total", total)
                .add("offset", offset)
                .add("limit", limit)
                .add("items", items));
        return json.build();
    }

    static JsonObject assignmentPage(String planId, List<PlanAssignmentEntity> page, long total, AssignmentQuery query) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.forEach(a -> items.add(parse(a.getAssignmentJson())));
        JsonObjectBuilder filters = Json.createObjectBuilder();
        query.storedFields().forEach((field, value) -> filters.add(field.equals("endId") ? "hub" : field, value));
        return Json.createObjectBuilder()
                .add("planId", planId)
                .add("filters", filters)
                .add("page", query.page())
                .add("size", query.size())
                .add("total", total)
                .add("items", items)
                .build();
    }

    private static JsonValue nullable(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
