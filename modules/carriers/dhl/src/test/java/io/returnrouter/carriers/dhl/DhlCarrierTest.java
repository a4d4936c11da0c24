package io.returnrouter.carriers.dhl;

import io.returnrouter.carriers.support.CarrierContract;
import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.carriers.support.Limit;
import io.returnrouter.core.model.DropOffPointType;

import java.util.List;

/** The published limits, as the carrier states them (see the issue), at the millimetre and gram. */
class DhlCarrierTest extends CarrierContract {

    @Override
    protected DataCarrierModule module() {
        return new DhlCarrier();
    }

    @Override
    protected List<LimitCase> publishedLimits() {
        return List.of(
            LimitCase.service("dhl-retoure-parcel", Limit.box(1200, 600, 600, 31_500)),
            LimitCase.service("dhl-europaket-return", Limit.box(1200, 600, 600, 31_500)),
            LimitCase.point(DropOffPointType.LOCKER, "DE", Limit.box(600, 350, 350, 31_500)),
            LimitCase.point(DropOffPointType.PARCEL_SHOP, "FR", Limit.box(1200, 600, 600, 31_500)));
    }
}
