package io.returnrouter.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnitVectorTest {

    private static final GeoPoint BERLIN = new GeoPoint(52.5200, 13.4050);

    @Test
    void ranksPlacesExactlyAsTheGreatCircleDistanceDoes() {
        Random random = new Random(7);
        List<GeoPoint> places = IntStream.range(0, 2_000)
                .mapToObj(i -> new GeoPoint(BERLIN.latitude() + random.nextGaussian(), BERLIN.longitude() + random.nextGaussian()))
                .toList();
        UnitVector origin = UnitVector.of(BERLIN);
        List<GeoPoint> byChord = places.stream()
                .sorted(Comparator.comparingDouble(p -> UnitVector.of(p).chordSquaredTo(origin))).toList();
        for (int i = 1; i < byChord.size(); i++) {
            assertThat(byChord.get(i).greatCircleMetersTo(BERLIN))
                    .isGreaterThanOrEqualTo(byChord.get(i - 1).greatCircleMetersTo(BERLIN));
        }
    }

    @Test
    void theChordOfARadiusSeparatesPlacesInsideFromPlacesOutside() {
        GeoPoint munich = new GeoPoint(48.1351, 11.5820);
        long meters = BERLIN.greatCircleMetersTo(munich);
        double chord = UnitVector.of(BERLIN).chordSquaredTo(UnitVector.of(munich));
        assertThat(chord).isLessThanOrEqualTo(UnitVector.chordSquaredOf(meters + 1));
        assertThat(chord).isGreaterThan(UnitVector.chordSquaredOf(meters - 1));
    }

    @Test
    void antipodesAreTwoRadiiApart() {
        UnitVector north = UnitVector.of(new GeoPoint(90, 0));
        UnitVector south = UnitVector.of(new GeoPoint(-90, 0));
        assertThat(north.chordSquaredTo(south)).isEqualTo(4.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(UnitVector.chordSquaredOf(Double.MAX_VALUE)).isEqualTo(4.0, org.assertj.core.api.Assertions.within(1e-12));
    }
}
