package io.returnrouter.api.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.api.notify.MeasuredTransit;
import io.returnrouter.persistence.notify.Progress;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lanes of a plan took the measured first mile, with their median days, samples and parcels. */
class PlanTransitTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    /** {@code count} returns of the lane whose first mile (to the hub, or to the warehouse without one) took {@code days}. */
    private static List<Progress> samples(String carrier, String market, String hub, int days, int count) {
        List<Progress> rows = new ArrayList<>();
        Instant arrived = T0.plus(Duration.ofDays(days));
        for (int i = 0; i < count; i++) {
            rows.add(new Progress("R-" + carrier + market + hub + i, "shop", market, "RECEIVED", arrived, carrier, hub,
                    null, null, null, T0, T0, hub == null ? null : arrived, hub == null ? arrived
                    : arrived.plus(Duration.ofDays(1)), null, null, null, false));
        }
        return rows;
    }

    private static StoredAssignment assignment(String parcelId, String market, String carrier, String endKind,
                                               String endId, MeasuredTransit measured) {
        String source = PlanTransit.sample(measured, carrier, market, endKind, endId).isPresent()
                ? PlanTransit.MEASURED : PlanTransit.NOMINAL;
        Integer samples = PlanTransit.sample(measured, carrier, market, endKind, endId)
                .map(MeasuredTransit.Sample::count).orElse(null);
        return new StoredAssignment(parcelId, "R-" + parcelId, market, "route", "HOME_PICKUP", carrier, endKind, endId,
                endId, 5, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, null,
                BigDecimal.ONE, source, samples);
    }

    @Test
    void aHubLaneIsMeasuredOnlyThroughThatHubAndADirectLaneOnlyStraightToTheWarehouse() {
        List<Progress> rows = new ArrayList<>(samples("twoman", "FI", "HUB-MALMO", 2, 3));
        rows.addAll(samples("dhl", "DE", null, 1, 3));
        MeasuredTransit measured = MeasuredTransit.of(rows, 3);

        assertThat(PlanTransit.sample(measured, "twoman", "FI", "HUB", "HUB-MALMO"))
                .contains(new MeasuredTransit.Sample(2, 3));
        assertThat(PlanTransit.sample(measured, "twoman", "FI", "DIRECT", "WH-VENLO")).isEmpty();
        assertThat(PlanTransit.sample(measured, "dhl", "DE", "DIRECT", "WH-VENLO"))
                .contains(new MeasuredTransit.Sample(1, 3));
        assertThat(PlanTransit.sample(measured, "dhl", "DE", "HUB", "HUB-MALMO")).isEmpty();
        assertThat(PlanTransit.sample(measured, "dhl", "DE", "NOT_PLANNED", "-")).isEmpty();
        assertThat(PlanTransit.sample(measured, null, "DE", "DIRECT", "WH-VENLO")).isEmpty();
    }

    @Test
    void theReportListsEachMeasuredLaneWithItsMedianSamplesAndParcelsMostParcelsFirst() {
        List<Progress> rows = new ArrayList<>(samples("twoman", "FI", "HUB-MALMO", 2, 4));
        rows.addAll(samples("dhl", "DE", null, 1, 3));
        rows.addAll(samples("postnl", "NL", null, 1, 2)); // too few: stays nominal
        MeasuredTransit measured = MeasuredTransit.of(rows, 3);
        List<StoredAssignment> plan = List.of(
                assignment("P1", "DE", "dhl", "DIRECT", "WH-VENLO", measured),
                assignment("P2", "FI", "twoman", "HUB", "HUB-MALMO", measured),
                assignment("P3", "FI", "twoman", "HUB", "HUB-MALMO", measured),
                assignment("P4", "NL", "postnl", "DIRECT", "WH-VENLO", measured),
                assignment("P5", "FI", "twoman", "DIRECT", "WH-VENLO", measured));

        assertThat(plan).extracting(StoredAssignment::transitSource)
                .containsExactly("MEASURED", "MEASURED", "MEASURED", "NOMINAL", "NOMINAL");
        assertThat(PlanTransit.lanes(measured, plan)).containsExactly(
                new PlanTransit.LaneView("twoman", "FI", "HUB-MALMO", 2, 4, 2),
                new PlanTransit.LaneView("dhl", "DE", null, 1, 3, 1));
    }

    @Test
    void switchedOffOrWithoutMeasuredLanesThePlanReportsNone() {
        List<StoredAssignment> plan = List.of(assignment("P1", "DE", "dhl", "DIRECT", "WH-VENLO", MeasuredTransit.NONE));

        assertThat(plan.get(0).transitSource()).isEqualTo("NOMINAL");
        assertThat(PlanTransit.lanes(MeasuredTransit.NONE, plan)).isEmpty();
    }
}
