package io.returnrouter.core.kpi;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.FirstMileMode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Two or more runs' KPIs side by side. Every row holds one KPI's value per run and its difference
 * to the first run (the base): absolute, and relative in percent (one decimal, absent when the base
 * is zero or absent). A value is absent (null) when a run lacks the KPI, e.g. a hub that only a
 * scenario has.
 *
 * <p>Rows come in a fixed order: counts, costs, days, modes and routes, CO2, then one block per
 * hub, market and carrier (ids sorted, over the union of all runs).
 *
 * @param runs the runs' names, base first
 */
public record KpiComparison(List<String> runs, List<Row> rows) {

    /** Which way a KPI improves, so a client can colour the differences. */
    public enum Better {
        LOWER, HIGHER, NEITHER
    }

    /** A run to compare: its name (e.g. "baseline", "close Malmö") and its KPIs. */
    public record Run(String name, PlanKpis kpis) {

        public Run {
            Checks.requireText(name, "name");
            Objects.requireNonNull(kpis, "kpis");
        }
    }

    /**
     * One KPI across the runs.
     *
     * @param kpi   a stable key, e.g. {@code cost.total}, {@code hub.HUB-MALMO.parcelUtilisation},
     *              {@code market.DK.costCents}
     * @param group {@code count}, {@code cost}, {@code days}, {@code mode}, {@code route},
     *              {@code co2}, {@code hub}, {@code market} or {@code carrier}
     * @param unit  {@code returns}, {@code parcels}, {@code cents}, {@code days}, {@code percent},
     *              {@code kg} or {@code cm3}; a difference of a percent KPI is in percentage points
     * @param cells one per run, in the order of {@link KpiComparison#runs()}
     */
    public record Row(String kpi, String group, String unit, Better better, List<Cell> cells) {

        public Row {
            Checks.requireText(kpi, "kpi");
            Checks.requireText(group, "group");
            Checks.requireText(unit, "unit");
            Objects.requireNonNull(better, "better");
            cells = List.copyOf(cells);
        }
    }

    /**
     * One run's value of a KPI.
     *
     * @param absoluteDifference         value − base value; null when either is absent
     * @param relativeDifferencePercent  (value − base) / |base| × 100, one decimal; null when the
     *                                   base is zero or either is absent
     */
    public record Cell(String run, BigDecimal value, BigDecimal absoluteDifference,
                       BigDecimal relativeDifferencePercent) {

        public Cell {
            Checks.requireText(run, "run");
        }
    }

    public KpiComparison {
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
        if (runs.size() < 2) {
            throw new IllegalArgumentException("runs: a comparison needs at least two runs, had " + runs.size());
        }
        if (new HashSet<>(runs).size() != runs.size()) {
            throw new IllegalArgumentException("runs: names must be distinct, were " + runs);
        }
        for (Row row : rows) {
            if (row.cells().size() != runs.size()) {
                throw new IllegalArgumentException("rows: " + row.kpi() + " has " + row.cells().size()
                        + " cells for " + runs.size() + " runs");
            }
        }
    }

    /** Compares the runs against the first one. */
    public static KpiComparison of(List<Run> runs) {
        Objects.requireNonNull(runs, "runs");
        if (runs.size() < 2) {
            throw new IllegalArgumentException("runs: a comparison needs at least two runs, had " + runs.size());
        }
        List<String> names = runs.stream().map(Run::name).toList();
        List<PlanKpis> kpis = runs.stream().map(Run::kpis).toList();
        Builder b = new Builder(names, kpis);
        b.row("count.returns", "count", "returns", Better.NEITHER, k -> BigDecimal.valueOf(k.returns()));
        b.row("count.parcels", "count", "parcels", Better.NEITHER, k -> BigDecimal.valueOf(k.parcels()));
        b.row("count.rejectedReturns", "count", "returns", Better.LOWER,
                k -> BigDecimal.valueOf(k.rejectedReturns()));
        b.row("count.unassignedParcels", "count", "parcels", Better.LOWER,
                k -> BigDecimal.valueOf(k.unassignedParcels()));
        b.row("cost.total", "cost", "cents", Better.LOWER, k -> BigDecimal.valueOf(k.totalCostCents()));
        b.row("cost.perReturn", "cost", "cents", Better.LOWER, k -> BigDecimal.valueOf(k.costPerReturnCents()));
        b.row("cost.cash", "cost", "cents", Better.LOWER, k -> BigDecimal.valueOf(k.costs().cashCents()));
        b.row("cost.transport", "cost", "cents", Better.LOWER, k -> BigDecimal.valueOf(k.costs().transportCents()));
        b.row("cost.handling", "cost", "cents", Better.LOWER, k -> BigDecimal.valueOf(k.costs().handlingCents()));
        b.row("cost.hubFixed", "cost", "cents", Better.LOWER, k -> BigDecimal.valueOf(k.costs().hubFixedCents()));
        b.row("cost.linehaul", "cost", "cents", Better.LOWER, k -> BigDecimal.valueOf(k.costs().linehaulCents()));
        b.row("cost.customs", "cost", "cents", Better.LOWER, k -> BigDecimal.valueOf(k.costs().customsCents()));
        b.row("cost.delay", "cost", "cents", Better.LOWER, k -> BigDecimal.valueOf(k.costs().delayCents()));
        b.row("cost.co2", "cost", "cents", Better.LOWER, k -> BigDecimal.valueOf(k.costs().co2Cents()));
        b.row("cost.detour", "cost", "cents", Better.LOWER, k -> BigDecimal.valueOf(k.costs().detourCents()));
        b.row("days.mean", "days", "days", Better.LOWER, PlanKpis::meanDaysToWarehouse);
        b.row("days.p95", "days", "days", Better.LOWER,
                k -> k.p95DaysToWarehouse() == null ? null : BigDecimal.valueOf(k.p95DaysToWarehouse()));
        for (FirstMileMode mode : FirstMileMode.values()) {
            b.row("mode." + mode + ".share", "mode", "percent", Better.NEITHER, k -> k.byMode().get(mode).percent());
        }
        b.row("route.viaHub.share", "route", "percent", Better.NEITHER, k -> k.viaHub().percent());
        b.row("route.direct.share", "route", "percent", Better.NEITHER, k -> k.direct().percent());
        b.row("co2.total", "co2", "kg", Better.LOWER, PlanKpis::co2Kg);
        for (String hub : ids(kpis, k -> k.hubs().stream().map(HubUtilisation::hubId).toList())) {
            Function<PlanKpis, HubUtilisation> of = k -> k.hubs().stream()
                    .filter(h -> h.hubId().equals(hub)).findFirst().orElse(null);
            b.row("hub." + hub + ".parcels", "hub", "parcels", Better.NEITHER,
                    k -> map(of.apply(k), h -> BigDecimal.valueOf(h.parcels())));
            b.row("hub." + hub + ".parcelUtilisation", "hub", "percent", Better.NEITHER,
                    k -> map(of.apply(k), HubUtilisation::parcelUtilisationPercent));
            b.row("hub." + hub + ".volume", "hub", "cm3", Better.NEITHER,
                    k -> map(of.apply(k), h -> BigDecimal.valueOf(h.volumeCm3())));
            b.row("hub." + hub + ".volumeUtilisation", "hub", "percent", Better.NEITHER,
                    k -> map(of.apply(k), HubUtilisation::volumeUtilisationPercent));
        }
        groupRows(b, kpis, "market", PlanKpis::byMarket);
        groupRows(b, kpis, "carrier", PlanKpis::byCarrier);
        return new KpiComparison(names, b.rows);
    }

    /** The row of a KPI key, if any run has it. */
    public Optional<Row> row(String kpi) {
        return rows.stream().filter(r -> r.kpi().equals(kpi)).findFirst();
    }

    private static void groupRows(Builder b, List<PlanKpis> kpis, String group,
                                  Function<PlanKpis, List<GroupKpis>> groups) {
        for (String key : ids(kpis, k -> groups.apply(k).stream().map(GroupKpis::key).toList())) {
            Function<PlanKpis, GroupKpis> of = k -> groups.apply(k).stream()
                    .filter(g -> g.key().equals(key)).findFirst().orElse(null);
            String prefix = group + "." + key + ".";
            b.row(prefix + "parcels", group, "parcels", Better.NEITHER,
                    k -> map(of.apply(k), g -> BigDecimal.valueOf(g.parcels())));
            b.row(prefix + "costCents", group, "cents", Better.LOWER,
                    k -> map(of.apply(k), g -> BigDecimal.valueOf(g.costCents())));
            b.row(prefix + "co2Kg", group, "kg", Better.LOWER, k -> map(of.apply(k), GroupKpis::co2Kg));
        }
    }

    private static <T> BigDecimal map(T value, Function<T, BigDecimal> f) {
        return value == null ? null : f.apply(value);
    }

    private static Set<String> ids(List<PlanKpis> kpis, Function<PlanKpis, List<String>> ids) {
        Set<String> all = new TreeSet<>();
        kpis.forEach(k -> all.addAll(ids.apply(k)));
        return all;
    }

    private static final class Builder {
        final List<String> names;
        final List<PlanKpis> kpis;
        final List<Row> rows = new ArrayList<>();

        Builder(List<String> names, List<PlanKpis> kpis) {
            this.names = names;
            this.kpis = kpis;
        }

        void row(String kpi, String group, String unit, Better better, Function<PlanKpis, BigDecimal> value) {
            BigDecimal base = value.apply(kpis.get(0));
            List<Cell> cells = new ArrayList<>();
            for (int k = 0; k < kpis.size(); k++) {
                BigDecimal v = value.apply(kpis.get(k));
                BigDecimal absolute = v == null || base == null ? null : v.subtract(base);
                BigDecimal relative = absolute == null ? null : Percent.of(absolute, base.abs());
                cells.add(new Cell(names.get(k), v, absolute, relative));
            }
            rows.add(new Row(kpi, group, unit, better, cells));
        }
    }
}
