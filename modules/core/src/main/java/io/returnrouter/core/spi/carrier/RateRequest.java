package io.returnrouter.carriers.support;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Lane;

import java.util.Objects;

/** A price question for one parcel on one service and lane. */
public record RateRequest(String serviceId, Lane lane, Measure parcel) {

    public RateRequest {
        Checks.requireText(serviceId, "serviceId");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(parcel, "parcel");
    }
}
