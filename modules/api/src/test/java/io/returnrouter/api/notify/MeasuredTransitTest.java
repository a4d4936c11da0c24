package io.returnrouter.api.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.persistence.notify.Progress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The median measured first mile per lane, and only for lanes with enough samples. */
class MeasuredTransitTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    /** A return handed in at T0 that reached its hub (or, without one, the warehouse) after the days given. */
    private static Progress sample(String carrier, String market, String hub, int days) {
        Instant arrived = T0.plus(Duration.ofDays(days));
        return new Progress("R-" + carrier + hub + days, "shop", market, "RECEIVED", arrived, carrier, hub, null, null,
                null, T0, T0, hub == null ? null : arrived, hub == null ? arrived : arrived.plus(Duration.ofDays(1)),
                null, null, null, false);
    }

    private static List<Progress> many(String carrier, String market, String hub, int... days) {
        List<Progress> rows = new ArrayList<>();
        for (int d : days) {
            rows.add(sample(carrier, market, hub, d));
        }
        return rows;
    }

    @Test
    void aLaneWithEnoughSamplesTakesTheirMedianDirectFromHandInToWarehouseViaAHubToTheHub() {
        List<Progress> rows = new ArrayList<>(many("postnl", "NL", null, 2, 3, 3, 4, 9));
        rows.addAll(many("postnl", "NL", "HUB-1", 1, 1, 2, 5, 6));

        MeasuredTransit measured = MeasuredTransit.of(rows, 5);

        assertThat(measured.sample("postnl", "NL", null)).contains(new MeasuredTransit.Sample(3, 5));
        // The hub lane counts hand-in to hub (1, 1, 2, 5, 6), not the later warehouse arrival.
        assertThat(measured.sample("postnl", "NL", "HUB-1")).contains(new MeasuredTransit.Sample(2, 5));
    }

    @Test
    void aLaneWithFewerSamplesThanTheThresholdKeepsTheNominalDays() {
        MeasuredTransit measured = MeasuredTransit.of(many("dhl", "DE", null, 5, 5, 5, 5), 5);

        assertThat(measured.sample("dhl", "DE", null)).isEmpty();
        assertThat(measured.lanes()).isEmpty();
    }

    @Test
    void anEvenCountRoundsTheMiddleHalfUpAndLanesDoNotMix() {
        List<Progress> rows = new ArrayList<>(many("dhl", "DE", null, 1, 2, 3, 4));
        rows.addAll(many("dhl", "AT", null, 7, 7, 7, 7));
        rows.addAll(many("ups", "DE", null, 1, 1, 1, 1));

        MeasuredTransit measured = MeasuredTransit.of(rows, 4);

        assertThat(measured.sample("dhl", "DE", null)).contains(new MeasuredTransit.Sample(3, 4));
        assertThat(measured.sample("dhl", "AT", null)).contains(new MeasuredTransit.Sample(7, 4));
        assertThat(measured.sample("ups", "DE", null)).contains(new MeasuredTransit.Sample(1, 4));
        assertThat(measured.sample("dhl", "DE", "HUB-1")).isEmpty();
    }

    @Test
    void returnsNotYetArrivedOrNeverHandedInAreNoSamples() {
        List<Progress> rows = new ArrayList<>(many("dhl", "DE", null, 2, 2));
        Progress travelling = new Progress("R-x", "shop", "DE", "HANDED_IN", T0, "dhl", null, null, null, null, T0,
                T0, null, null, null, null, null, false);
        Progress receivedUnscanned = new Progress("R-y", "shop", "DE", "RECEIVED", T0, "dhl", null, null, null, null,
                T0, null, null, T0.plus(Duration.ofDays(2)), null, null, null, false);
        rows.add(travelling);
        rows.add(receivedUnscanned);

        assertThat(MeasuredTransit.of(rows, 3).lanes()).isEmpty();
        assertThat(MeasuredTransit.of(rows, 2).sample("dhl", "DE", null)).contains(new MeasuredTransit.Sample(2, 2));
    }

    @Test
    void switchedOffTheServiceMeasuresNothingAndReadsNoDatabase() {
        // No store at all: switched off, it must not query one.
        MeasuredTransitService off = new MeasuredTransitService(null, false, 20, 90, Clock.systemUTC());

        assertThat(off.current()).isSameAs(MeasuredTransit.NONE);
        assertThat(off.current().lanes()).isEmpty();
    }

    @Test
    void aThresholdOrWindowBelowOneIsRefused() {
        assertThatThrownBy(() -> new MeasuredTransitService(null, true, 0, 90, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min-samples");
        assertThatThrownBy(() -> new MeasuredTransitService(null, true, 20, 0, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
