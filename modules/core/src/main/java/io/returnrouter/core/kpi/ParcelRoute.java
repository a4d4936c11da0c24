package io.returnrouter.core.kpi;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.plan.Parcel;
import java.util.Objects;

/** Where one parcel of a plan goes, as much as comparisons of plans need (also from stored plans). */
public record ParcelRoute(String market, String returnId, RouteEnd end) {

    public ParcelRoute {
        Checks.requireText(market, "market");
        Checks.requireText(returnId, "returnId");
        Objects.requireNonNull(end, "end");
    }

    public static ParcelRoute of(Parcel parcel) {
        return new ParcelRoute(parcel.getMarketRules().countryCode(), parcel.getReturnId(), RouteEnd.of(parcel));
    }
}
