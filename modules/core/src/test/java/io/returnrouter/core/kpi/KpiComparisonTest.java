package io.returnrouter.core.kpi;

import static io.returnrouter.core.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.kpi.KpiComparison.Better;
import io.returnrouter.core.kpi.KpiComparison.Cell;
import io.returnrouter.core.kpi.KpiComparison.Row;
import io.returnrouter.core.kpi.KpiComparison.Run;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

class KpiComparisonTest {

    private static final Hub A = hub("HUB-A", 10, 100, 0);
    private static final Hub B = hub("HUB-B", 10, 100, 0);

    private static PlanKpis plan(Hub hub, long... transportCents) {
        Parcel[] parcels = new Parcel[transportCents.length];
        for (int k = 0; k < parcels.length; k++) {
            parcels[k] = parcel("P" + k, "R" + k, PERMISSIVE, 10,
                    option(anyFirstMile(), k == 0 ? toHub(hub) : direct(), OptionCosts.transportOnly(transportCents[k]),
                            2 + k, 100));
        }
        return PlanKpis.of(new RoutePlan(List.of(hub), List.of(parcels)), 0);
    }

    private static Row row(KpiComparison comparison, String kpi) {
        return comparison.row(kpi).orElseThrow(() -> new AssertionError("no row " + kpi));
    }

    @Test
    void givesValuesAbsoluteAndRelativeDifferencesAgainstTheFirstRun() {
        KpiComparison comparison = KpiComparison.of(List.of(new Run("base", plan(A, 400, 400)),
                new Run("cheaper", plan(A, 400, 300)), new Run("dearer", plan(A, 1_000, 100))));

        assertThat(comparison.runs()).containsExactly("base", "cheaper", "dearer");
        Row total = row(comparison, "cost.total");
        assertThat(total.unit()).isEqualTo("cents");
        assertThat(total.better()).isEqualTo(Better.LOWER);
        assertThat(total.cells()).containsExactly(
                new Cell("base", BigDecimal.valueOf(800), BigDecimal.ZERO, new BigDecimal("0.0")),
                new Cell("cheaper", BigDecimal.valueOf(700), BigDecimal.valueOf(-100), new BigDecimal("-12.5")),
                new Cell("dearer", BigDecimal.valueOf(1_100), BigDecimal.valueOf(300), new BigDecimal("37.5")));
        assertThat(row(comparison, "cost.perReturn").cells().get(1).value()).isEqualByComparingTo("350");
    }

    @Test
    void relativeDifferenceIsAbsentWhenTheBaseIsZero() {
        KpiComparison comparison = KpiComparison.of(List.of(new Run("free", plan(A, 0, 0)),
                new Run("paid", plan(A, 0, 30))));

        Cell paid = row(comparison, "cost.total").cells().get(1);
        assertThat(paid.absoluteDifference()).isEqualByComparingTo("30");
        assertThat(paid.relativeDifferencePercent()).isNull();
    }

    @Test
    void aHubOfOnlyOneRunIsAbsentInTheOther() {
        KpiComparison comparison = KpiComparison.of(List.of(new Run("base", plan(A, 100, 100)),
                new Run("hub B", plan(B, 100, 100))));

        Row hubB = row(comparison, "hub.HUB-B.parcels");
        assertThat(hubB.cells().get(0).value()).isNull();
        assertThat(hubB.cells().get(1).value()).isEqualByComparingTo("1");
        assertThat(hubB.cells().get(1).absoluteDifference()).isNull();
        assertThat(row(comparison, "hub.HUB-A.parcelUtilisation").cells().get(0).value())
                .isEqualByComparingTo("10.0");
    }

    @Test
    void sharesDifferInPercentagePointsAndRowsComeInAFixedOrder() {
        KpiComparison comparison = KpiComparison.of(List.of(new Run("base", plan(A, 1, 1, 1)),
                new Run("other", plan(A, 1, 1))));

        Row viaHub = row(comparison, "route.viaHub.share");
        assertThat(viaHub.unit()).isEqualTo("percent");
        assertThat(viaHub.cells().get(0).value()).isEqualByComparingTo("33.3");
        assertThat(viaHub.cells().get(1).absoluteDifference()).isEqualByComparingTo("16.7");
        assertThat(comparison.rows()).extracting(Row::kpi).startsWith("count.returns", "count.parcels")
                .contains("days.p95", "mode.STORE.share", "co2.total", "market.DE.costCents", "carrier.NONE.co2Kg");
        assertThat(row(comparison, "co2.total").cells().get(0).value()).isEqualByComparingTo("0.3");
    }

    @Test
    void needsTwoDistinctRuns() {
        PlanKpis kpis = plan(A, 1);
        assertThatThrownBy(() -> KpiComparison.of(List.of(new Run("only", kpis))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs");
        assertThatThrownBy(() -> KpiComparison.of(List.of(new Run("x", kpis), new Run("x", kpis))))
                .hasMessageContaining("distinct");
        assertThatThrownBy(() -> new Run(" ", kpis)).hasMessageContaining("name");
    }
}
