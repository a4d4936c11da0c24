package io.returnrouter.api.plans;

import io.returnrouter.api.exports.Table;
import io.returnrouter.core.kpi.KpiComparison;
import io.returnrouter.core.kpi.PlanKpis;
import io.returnrouter.persistence.entity.PlanAssignmentEntity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A finished plan as tables for export: every parcel's route and cost breakdown, and the KPIs
 * beside the greedy baseline in the units a planner reads (EUR, kg CO2e, days, m³).
 */
final class PlanTables {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final RecordComponent[] ASSIGNMENT_COLUMNS = StoredAssignment.class.getRecordComponents();
    private static final BigDecimal CENTS_PER_EUR = BigDecimal.valueOf(100);
    private static final BigDecimal CM3_PER_M3 = BigDecimal.valueOf(1_000_000);

    private PlanTables() {
    }

    static Table assignments(List<PlanAssignmentEntity> stored) {
        List<String> header = Arrays.stream(ASSIGNMENT_COLUMNS).map(RecordComponent::getName).toList();
        List<List<Object>> rows = new ArrayList<>(stored.size());
        for (PlanAssignmentEntity a : stored) {
            StoredAssignment assignment = JSON.fromJson(a.getAssignmentJson(), StoredAssignment.class);
            List<Object> row = new ArrayList<>(ASSIGNMENT_COLUMNS.length);
            for (RecordComponent column : ASSIGNMENT_COLUMNS) {
                row.add(value(column, assignment));
            }
            rows.add(row);
        }
        return new Table("assignments", header, rows);
    }

    /** Differences are the plan's against the greedy baseline (the base of the comparison). */
    static Table kpis(String resultJson) {
        JsonObject result = parse(resultJson);
        PlanKpis plan = JSON.fromJson(result.getJsonObject("kpis").toString(), PlanKpis.class);
        PlanKpis greedy = JSON.fromJson(result.getJsonObject("baselineKpis").toString(), PlanKpis.class);
        KpiComparison comparison = KpiComparison.of(List.of(new KpiComparison.Run("greedy", greedy),
                new KpiComparison.Run("plan", plan)));
        List<List<Object>> rows = new ArrayList<>();
        for (KpiComparison.Row row : comparison.rows()) {
            KpiComparison.Cell base = row.cells().get(0);
            KpiComparison.Cell cell = row.cells().get(1);
            rows.add(Arrays.asList(row.kpi(), row.group(), unit(row.unit()), inUnit(row.unit(), base.value()),
                    inUnit(row.unit(), cell.value()), inUnit(row.unit(), cell.absoluteDifference()),
                    cell.relativeDifferencePercent(), row.better().name()));
        }
        return new Table("kpis", List.of("kpi", "group", "unit", "greedy", "plan", "difference",
                "differencePercent", "better"), rows);
    }

    private static String unit(String unit) {
        return switch (unit) {
            case "cents" -> "EUR";
            case "cm3" -> "m3";
            case "kg" -> "kg CO2e";
            default -> unit;
        };
    }

    private static BigDecimal inUnit(String unit, BigDecimal value) {
        if (value == null) {
            return null;
        }
        return switch (unit) {
            case "cents" -> value.divide(CENTS_PER_EUR);
            case "cm3" -> value.divide(CM3_PER_M3);
            default -> value;
        };
    }

    private static Object value(RecordComponent column, StoredAssignment assignment) {
        try {
            return column.getAccessor().invoke(assignment);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + column.getName(), e);
        }
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
