package io.returnrouter.carriers.support.live;

import java.util.List;

/** GET {base}/v1/points: the carrier's nearest points that take the parcel, nearest first. */
public record PointsAnswerBody(List<PointBody> points) {
}
