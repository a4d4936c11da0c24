package io.returnrouter.core.spi.carrier;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Lane;

import java.util.Objects;

/**
 * A price question for one parcel on one service and lane.
 *
 * @param fromPostalCode where the parcel starts; null when not known. Carriers that price by postal
 *                       code (Bring's Shipping Guide) are asked live only when both are given.
 * @param toPostalCode   where it goes; null when not known
 */
public record RateRequest(String serviceId, Lane lane, Measure parcel, String fromPostalCode, String toPostalCode) {

    public RateRequest {
        Checks.requireText(serviceId, "serviceId");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(parcel, "parcel");
        fromPostalCode = blankToNull(fromPostalCode);
        toPostalCode = blankToNull(toPostalCode);
    }

    public RateRequest(String serviceId, Lane lane, Measure parcel) {
        this(serviceId, lane, parcel, null, null);
    }

    public boolean hasPostalCodes() {
        return fromPostalCode != null && toPostalCode != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
