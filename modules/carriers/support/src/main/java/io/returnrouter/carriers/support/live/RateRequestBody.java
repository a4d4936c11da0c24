package io.returnrouter.carriers.support.live;

import io.returnrouter.carriers.support.RateRequest;

/** POST {base}/v1/rates: what the carrier is asked to price (contract in docs/carriers.md). */
public record RateRequestBody(String serviceId, String from, String to, int lengthMm, int widthMm, int heightMm,
                              int weightGrams) {

    public static RateRequestBody of(RateRequest request) {
        return new RateRequestBody(request.serviceId(), request.lane().originCountry(),
                request.lane().destinationCountry(), request.parcel().longestMm(), request.parcel().middleMm(),
                request.parcel().shortestMm(), request.parcel().weightGrams());
    }
}
