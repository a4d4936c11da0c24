package io.returnrouter.carriers.support.live;

import io.returnrouter.carriers.support.PointsAnswer;
import io.returnrouter.carriers.support.RateQuote;
import io.returnrouter.carriers.support.RateRequest;

/**
 * A carrier whose rates and points can be asked live. Implementations guard the call with
 * timeouts, retries and a circuit breaker and fall back to the module's offline data, so both
 * methods always answer (unless the parcel itself is refused) and say which source did.
 */
public interface LiveCarrier {

    String carrierId();

    /** @throws io.returnrouter.carriers.support.ParcelRefusedException when the carrier does not take the parcel */
    RateQuote rate(RateRequest request);

    PointsAnswer points(PointQuery query);
}
