package io.returnrouter.carriers.dpd;

import io.returnrouter.carriers.support.CarrierContract;
import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.carriers.support.Limit;
import io.returnrouter.core.model.DropOffPointType;

import java.util.List;

/** The published limits, as the carrier states them (see the issue), at the millimetre and gram. */
class DpdCarrierTest extends CarrierContract {

    @Override
    protected DataCarrierModule module() {
        return new DpdCarrier();
    }

    @Override
    protected List<LimitCase> publishedLimits() {
        return List.of(
            LimitCase.service("dpd-return-shop", Limit.lengthAndGirth(1750, 3000, 31_500)),
            LimitCase.service("dpd-home-pickup", Limit.lengthAndGirth(1750, 3000, 31_500)),
            LimitCase.point(DropOffPointType.PARCEL_SHOP, "GB", Limit.lengthAndGirth(1750, 3000, 31_500)));
    }
}
