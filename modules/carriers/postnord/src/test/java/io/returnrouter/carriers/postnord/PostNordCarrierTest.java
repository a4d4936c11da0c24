package io.returnrouter.carriers.postnord;

import io.returnrouter.carriers.support.CarrierContract;
import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.carriers.support.Limit;
import io.returnrouter.core.model.DropOffPointType;

import java.util.List;

/** The published limits, as the carrier states them (see the issue), at the millimetre and gram. */
class PostNordCarrierTest extends CarrierContract {

    @Override
    protected DataCarrierModule module() {
        return new PostNordCarrier();
    }

    @Override
    protected List<LimitCase> publishedLimits() {
        return List.of(
            LimitCase.service("postnord-return-service-point", Limit.lengthAndGirth(1500, 3000, 20_000)),
            LimitCase.point(DropOffPointType.LOCKER, "SE", Limit.box(600, 490, 420, 10_000)),
            LimitCase.point(DropOffPointType.LOCKER, "DK", Limit.box(600, 490, 420, 10_000)),
            LimitCase.point(DropOffPointType.LOCKER, "FI", Limit.box(600, 490, 420, 20_000)),
            LimitCase.point(DropOffPointType.PARCEL_SHOP, "DK", Limit.lengthAndGirth(1500, 3000, 20_000)));
    }
}
