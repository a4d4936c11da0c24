package io.returnrouter.carriers.postnl;

import io.returnrouter.carriers.support.CarrierContract;
import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.carriers.support.Limit;
import io.returnrouter.core.model.DropOffPointType;

import java.util.List;

/** The published limits, as the carrier states them (see the issue), at the millimetre and gram. */
class PostNlCarrierTest extends CarrierContract {

    @Override
    protected DataCarrierModule module() {
        return new PostNlCarrier();
    }

    @Override
    protected List<LimitCase> publishedLimits() {
        return List.of(
            LimitCase.service("postnl-return-parcel", Limit.box(1000, 700, 580, 30_000)),
            LimitCase.service("postnl-return-parcel-oversize", Limit.box(1750, 750, 580, 31_500)),
            LimitCase.point(DropOffPointType.PARCEL_SHOP, "NL", Limit.box(1750, 750, 580, 31_500)),
            LimitCase.point(DropOffPointType.PARCEL_SHOP, "BE", Limit.box(1750, 750, 580, 31_500)));
    }
}
