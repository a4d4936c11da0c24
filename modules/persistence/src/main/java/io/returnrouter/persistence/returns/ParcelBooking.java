package io.returnrouter.persistence.returns;

import io.returnrouter.core.capacity.Claim;
import java.util.List;

/** The option confirmed for one parcel and the buckets it books. */
public record ParcelBooking(String parcelId, String optionId, long volumeCm3, List<Claim> claims) {

    public ParcelBooking {
        claims = List.copyOf(claims);
    }
}
