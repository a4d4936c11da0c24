package io.returnrouter.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    private static final GeoPoint BERLIN = new GeoPoint(52.5200, 13.4050);
    private static final GeoPoint MUNICH = new GeoPoint(48.1351, 11.5820);

    @Test
    void greatCircleDistanceBerlinMunichIsAbout504Km() {
        assertThat(BERLIN.greatCircleMetersTo(MUNICH)).isCloseTo(504_000L, within(2_000L));
        assertThat(MUNICH.greatCircleMetersTo(BERLIN)).isEqualTo(BERLIN.greatCircleMetersTo(MUNICH));
    }

    @Test
    void roadDistanceAppliesTheDetourFactor() {
        long straight = BERLIN.greatCircleMetersTo(MUNICH);
        assertThat(new RoadDistance(1_250).meters(BERLIN, MUNICH)).isEqualTo(straight * 1_250 / 1_000);
    }

    @Test
    void rejectsCoordinatesOutsideTheGlobe() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).hasMessageContaining("latitude");
        assertThatThrownBy(() -> new GeoPoint(0, 181)).hasMessageContaining("longitude");
        assertThatThrownBy(() -> new RoadDistance(999)).hasMessageContaining("road factor");
    }

    @Test
    void girthIsLongestSidePlusTwiceTheOthers() {
        assertThat(new Dimensions(30, 120, 20).girthCm()).isEqualTo(120 + 2 * 30 + 2 * 20);
    }
}
