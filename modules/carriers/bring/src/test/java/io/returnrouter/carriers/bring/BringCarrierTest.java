package io.returnrouter.carriers.bring;

import io.returnrouter.carriers.support.CarrierContract;
import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.carriers.support.Limit;
import io.returnrouter.core.model.DropOffPointType;

import java.util.List;

/** The published limits, as the carrier states them (see the issue), at the millimetre and gram. */
class BringCarrierTest extends CarrierContract {

    @Override
    protected DataCarrierModule module() {
        return new BringCarrier();
    }

    @Override
    protected List<LimitCase> publishedLimits() {
        return List.of(
            LimitCase.service("bring-pickup-point-return", Limit.length(1500, 20_000)),
            LimitCase.service("bring-business-return", Limit.lengthAndGirth(2400, 3600, 35_000)),
            LimitCase.point(DropOffPointType.LOCKER, "NO", Limit.box(580, 490, 430, 20_000)),
            LimitCase.point(DropOffPointType.PARCEL_SHOP, "NO", Limit.length(1500, 20_000)),
            LimitCase.point(DropOffPointType.POST_OFFICE, "NO", Limit.lengthAndGirth(2400, 3600, 35_000)));
    }
}
