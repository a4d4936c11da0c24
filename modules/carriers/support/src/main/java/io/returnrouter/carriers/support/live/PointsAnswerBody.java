package io.returnrouter.carriers.support.live;

import java.util.List;

/** The points a carrier adapter read from its API, in any order. */
public record PointsAnswerBody(List<PointBody> points) {
}
