package io.returnrouter.core.spi.carrier;

import java.util.List;
import java.util.Objects;

/** The nearest points that fit a parcel, nearest first, and which source found them. */
public record PointsAnswer(List<PointOffer> points, PriceSource source, String note) {

    public PointsAnswer {
        points = List.copyOf(points);
        Objects.requireNonNull(source, "source");
        note = note == null ? "" : note;
    }
}
