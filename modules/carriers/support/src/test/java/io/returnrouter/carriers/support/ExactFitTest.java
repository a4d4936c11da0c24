package io.returnrouter.carriers.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.HandlingClass;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.plan.ParcelSpec;

import org.junit.jupiter.api.Test;

import java.util.List;

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
}
