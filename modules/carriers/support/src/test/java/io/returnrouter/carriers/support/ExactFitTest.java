package io.returnrouter.carriers.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.HandlingClass;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.spi.carrier.Measure;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExactFitTest {

    private static ParcelSpec parcel(int l, int w, int h) {
        ReturnItem item = new ReturnItem("X", "FASHION", new Dimensions(l, w, h), 1_000, 100, false);
        return ParcelSpec.of(HandlingClass.PARCEL, List.of(item), item.dimensions());
    }

    @Test
    void recoversTheThreeSidesFromWhatTheCoreKeeps() {
        assertThat(Measure.of(parcel(35, 10, 28))).hasValue(Measure.of(350, 280, 100, 1_000));
        assertThat(Measure.of(parcel(64, 38, 8))).hasValue(Measure.of(640, 380, 80, 1_000));
        assertThat(Measure.of(parcel(30, 30, 30))).hasValue(Measure.of(300, 300, 300, 1_000));
        assertThat(Measure.of(ParcelSpec.ofDemand(5))).isEmpty();
    }

    @Test
    void aParcelTheCoarseCheckPassesCanStillBeTooThickForALockerCompartment() {
        PublishedLimits lockerA = new PublishedLimits(640, 380, 80, 0, 0, 25_000);
        ParcelSpec thick = parcel(35, 28, 10);

        assertThat(lockerA.toCoreLimits().accepts(thick.longestSideCm(), thick.girthCm(), thick.weightGrams()))
                .as("longest side and girth alone").isTrue();
        assertThat(lockerA.refusal(Measure.of(thick).orElseThrow())).hasValue("350x280x100 mm does not fit 640x380x80 mm");
    }

    @Test
    void takesAgreesWithRefusalOnEveryLimit() {
        List<PublishedLimits> limits = List.of(new PublishedLimits(640, 380, 80, 0, 0, 25_000),
                new PublishedLimits(0, 0, 0, 1_200, 3_000, 31_500), new PublishedLimits(0, 0, 0, 0, 0, 2_000),
                new PublishedLimits(600, 400, 400, 600, 2_200, 20_000));
        int[] sides = {50, 80, 81, 380, 381, 600, 640, 641, 1_200, 1_201};
        int[] weights = {1_999, 2_000, 2_001, 25_001, 31_501};
        for (PublishedLimits l : limits) {
            for (int a : sides) {
                for (int b : sides) {
                    for (int w : weights) {
                        Measure parcel = Measure.of(a, b, 80, w);
                        assertThat(l.takes(parcel)).as("%s %s", l, parcel).isEqualTo(l.refusal(parcel).isEmpty());
                    }
                }
            }
        }
    }
}
