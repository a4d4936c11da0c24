package io.returnrouter.carriers.support.live;

import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.core.spi.carrier.PointQuery;
import io.returnrouter.core.spi.carrier.PointsAnswer;
import io.returnrouter.core.spi.carrier.RateQuote;
import io.returnrouter.core.spi.carrier.RateRequest;

import java.util.function.Function;

/**
 * What every live carrier adapter does around its REST call, so each adapter is left with the
 * call (which reads the carrier's own answer into {@link RateAnswerBody} or {@link PointsAnswerBody})
 * and its fault-tolerance annotations. The offline answer is computed first: it refuses a
 * parcel the carrier does not take without calling anyone, and it is what the fallback returns.
 */
public final class LiveLookups {

    private LiveLookups() {
    }

    public static RateQuote rate(DataCarrierModule offline, boolean enabled, RateRequest request,
                                 Function<RateRequest, RateAnswerBody> call) {
        RateQuote offlineQuote = offline.offlineRate(request);
        if (!enabled) {
            return offlineQuote.withNote("live rates disabled; sample list price");
        }
        return LiveAnswers.toQuote(offline.carrierId(), request, call.apply(request),
                offline.exchangeRates());
    }

    public static RateQuote fallbackRate(DataCarrierModule offline, RateRequest request) {
        return offline.offlineRate(request).withNote(
                "live rate unavailable (timeout, error, malformed answer or open circuit); sample list price");
    }

    public static PointsAnswer points(DataCarrierModule offline, boolean enabled, PointQuery query,
                                      Function<PointQuery, PointsAnswerBody> call) {
        if (!enabled) {
            PointsAnswer list = offline.offlinePoints(query.near(), query.parcel(), query.limit());
            return new PointsAnswer(list.points(), list.source(), "live points disabled; offline point list");
        }
        return LiveAnswers.toPoints(offline.carrierId(), query, call.apply(query));
    }

    public static PointsAnswer fallbackPoints(DataCarrierModule offline, PointQuery query) {
        PointsAnswer list = offline.offlinePoints(query.near(), query.parcel(), query.limit());
        return new PointsAnswer(list.points(), list.source(),
                "live points unavailable (timeout, error, malformed answer or open circuit); offline point list");
    }
}
