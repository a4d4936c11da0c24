package io.returnrouter.api.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.kpi.CostComponents;
import io.returnrouter.core.kpi.GroupKpis;
import io.returnrouter.core.kpi.HubUtilisation;
import io.returnrouter.core.kpi.ParcelShare;
import io.returnrouter.core.kpi.PlanKpis;
import io.returnrouter.core.model.FirstMileMode;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stored KPIs must read back equal: scenario comparisons are made from the stored JSON. */
class PlanKpisJsonTest {

    @Test
    void kpisSurviveTheJsonRoundTrip() throws Exception {
        PlanKpis kpis = new PlanKpis(3, 4, 1, 0, 36, 12, new CostComponents(1, 2, 3, 4, 5, 6, 7, 8),
                new BigDecimal("3.25"), 5,
                Map.of(FirstMileMode.HOME_PICKUP, new ParcelShare(1, new BigDecimal("25.0")),
                        FirstMileMode.DROP_OFF_POINT, new ParcelShare(3, new BigDecimal("75.0")),
                        FirstMileMode.STORE, new ParcelShare(0, BigDecimal.ZERO.setScale(1))),
                new ParcelShare(2, new BigDecimal("50.0")), new ParcelShare(2, new BigDecimal("50.0")),
                List.of(new HubUtilisation("HUB-1", "Hub 1", 2, 10, new BigDecimal("20.0"), 5_000, 100_000,
                        new BigDecimal("5.0"))),
                1_234, List.of(new GroupKpis("DE", 3, 4, 12_345, 1_234)), List.of(new GroupKpis("dhl", 3, 4, 12_345, 1_234)));

        try (Jsonb jsonb = JsonbBuilder.create()) {
            PlanKpis read = jsonb.fromJson(jsonb.toJson(kpis), PlanKpis.class);

            assertThat(read).isEqualTo(kpis);
        }
    }
}
