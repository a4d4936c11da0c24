package io.returnrouter.api.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.persistence.notify.Progress;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LatenessTest {

    private static final LocalDate HAND_IN_BY = LocalDate.of(2026, 12, 3);
    private static final LocalDate HUB = LocalDate.of(2026, 12, 5);
    private static final LocalDate WAREHOUSE = LocalDate.of(2026, 12, 7);

    private static Progress progress(String handedIn, String atHub, String received) {
        return new Progress("R-1", "shop", "DE", "LABEL_CREATED", Instant.parse("2026-12-01T10:00:00Z"), "postnl",
                "HUB-1", HAND_IN_BY, HUB, WAREHOUSE, Instant.parse("2026-12-01T10:00:00Z"),
                handedIn == null ? null : Instant.parse(handedIn), atHub == null ? null : Instant.parse(atHub),
                received == null ? null : Instant.parse(received), null, null, null, false);
    }

    @Test
    void aParcelNotHandedInIsLateAfterTheLastHandInDayAndTheMargin() {
        Progress p = progress(null, null, null);
        assertThat(Lateness.of(p, LocalDate.of(2026, 12, 4), 1)).isEmpty();
        Lateness late = Lateness.of(p, LocalDate.of(2026, 12, 5), 1).orElseThrow();
        assertThat(late.milestone()).isEqualTo("HAND_IN");
        assertThat(late.daysLate()).isEqualTo(2);
        assertThat(late.expected()).as("today + the planned 4 days of transit").isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void theHubIsExpectedThePlannedFirstMileAfterTheActualHandIn() {
        Progress early = progress("2026-12-01T18:00:00Z", null, null);
        assertThat(Expectations.hub(early)).contains(LocalDate.of(2026, 12, 3));
        assertThat(Lateness.of(early, LocalDate.of(2026, 12, 4), 1)).isEmpty();
        Lateness late = Lateness.of(early, LocalDate.of(2026, 12, 5), 1).orElseThrow();
        assertThat(late.milestone()).isEqualTo("HUB");
        assertThat(late.due()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(late.expected()).as("today + the planned 2 days of line-haul").isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void theWarehouseIsExpectedThePlannedLinehaulAfterTheHubAndNothingIsLateOnceReceived() {
        Progress atHub = progress("2026-12-02T10:00:00Z", "2026-12-04T10:00:00Z", null);
        assertThat(Expectations.warehouse(atHub)).contains(LocalDate.of(2026, 12, 6));
        assertThat(Lateness.of(atHub, LocalDate.of(2026, 12, 7), 1)).isEmpty();
        assertThat(Lateness.of(atHub, LocalDate.of(2026, 12, 8), 1)).map(Lateness::milestone).contains("WAREHOUSE");
        assertThat(Lateness.of(progress("2026-12-02T10:00:00Z", null, "2026-12-20T10:00:00Z"),
                LocalDate.of(2026, 12, 30), 1)).isEmpty();
    }

    @Test
    void kpisMeasureStagesAgainstThePlanAndCountDelayedAndTimelyRefunds() {
        Progress onTime = new Progress("R-1", "s", "DE", "REFUND_STARTED", Instant.parse("2026-12-09T10:00:00Z"),
                "postnl", "HUB-1", HAND_IN_BY, HUB, WAREHOUSE, Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-02T10:00:00Z"), Instant.parse("2026-12-04T10:00:00Z"),
                Instant.parse("2026-12-06T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"), "REFUND_STARTED",
                LocalDate.of(2026, 12, 16), true);
        Progress late = new Progress("R-2", "s", "DE", "RECEIVED", Instant.parse("2026-12-12T10:00:00Z"),
                "postnl", "HUB-1", HAND_IN_BY, HUB, WAREHOUSE, Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-02T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"),
                Instant.parse("2026-12-12T10:00:00Z"), null, null, LocalDate.of(2026, 12, 16), false);
        KpisDto kpis = ReturnKpis.of(java.util.List.of(onTime, late), LocalDate.of(2026, 12, 20), 1);
        assertThat(kpis.returns()).isEqualTo(2);
        assertThat(kpis.delayed()).isEqualTo(1);
        assertThat(kpis.refunds().started()).isEqualTo(1);
        assertThat(kpis.refunds().withinDeadline()).isEqualTo(1);
        assertThat(kpis.refunds().overdue()).isEqualTo(1);
        KpisDto.StageDto transit = kpis.byCarrier().get("postnl").get(ReturnKpis.Stage.TRANSIT);
        assertThat(transit.returns()).isEqualTo(2);
        assertThat(transit.medianDays()).isEqualByComparingTo("7"); // 4 and 10 days
        assertThat(transit.plannedMeanDays()).isEqualByComparingTo("4");
        assertThat(kpis.byHub().get("HUB-1").get(ReturnKpis.Stage.FIRST_MILE).meanDays()).isEqualByComparingTo("4");
    }
}
