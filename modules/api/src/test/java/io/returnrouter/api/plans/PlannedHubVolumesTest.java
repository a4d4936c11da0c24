package io.returnrouter.api.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.kpi.CostComponents;
import io.returnrouter.core.kpi.HubUtilisation;
import io.returnrouter.core.kpi.ParcelShare;
import io.returnrouter.core.kpi.PlanKpis;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.pricing.ExpectedVolume;
import io.returnrouter.core.pricing.ExpectedVolumes;
import io.returnrouter.core.pricing.PlannedVolumes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hub use a quote expects is read from a plan's result as the plan service stores it. */
class PlannedHubVolumesTest {

    private static final ParcelShare NONE = new ParcelShare(0, BigDecimal.ZERO.setScale(1));

    @Test
    void readsTheHubsThePlanUsesFromItsStoredKpisAndLeavesUnusedHubsToTheDefault() throws Exception {
        // As PlanKpisJsonTest's valid KPIs: 4 parcels, 2 of them through the Oslo hub, none through Lyon.
        PlanKpis kpis = new PlanKpis(3, 4, 1, 0, 36, 12, new CostComponents(1, 2, 3, 4, 5, 6, 7, 8),
                new BigDecimal("3.25"), 5,
                Map.of(FirstMileMode.HOME_PICKUP, new ParcelShare(1, new BigDecimal("25.0")),
                        FirstMileMode.DROP_OFF_POINT, new ParcelShare(3, new BigDecimal("75.0")),
                        FirstMileMode.STORE, NONE),
                new ParcelShare(2, new BigDecimal("50.0")), new ParcelShare(2, new BigDecimal("50.0")),
                List.of(new HubUtilisation("HUB-OSLO", "Oslo", 2, 10, new BigDecimal("20.0"), 60_000, 100_000,
                                new BigDecimal("60.0")),
                        new HubUtilisation("HUB-LYON", "Lyon", 0, 10, BigDecimal.ZERO.setScale(1), 0, 100_000,
                                BigDecimal.ZERO.setScale(1))),
                1_234, List.of(), List.of());
        String stored;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            stored = jsonb.toJson(new PlanResultView(kpis, kpis, BigDecimal.ZERO, List.of(), List.of(), List.of(),
                    BigDecimal.ONE));
        }

        ExpectedVolumes volumes = PlannedHubVolumes.of("plan-7", stored);

        assertThat(volumes).isInstanceOfSatisfying(PlannedVolumes.class, planned -> {
            assertThat(planned.planId()).isEqualTo("plan-7");
            assertThat(planned.byHubId()).containsExactly(Map.entry("HUB-OSLO", new ExpectedVolume(2, 60_000)));
        });
    }

    @Test
    void aResultWithoutKpisExpectsTheDefault() {
        assertThat(PlannedHubVolumes.of("plan-8", "{\"rejected\": []}")).isSameAs(ExpectedVolumes.DEFAULT);
    }
}
