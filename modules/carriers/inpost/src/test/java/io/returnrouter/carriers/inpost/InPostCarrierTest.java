package io.returnrouter.carriers.inpost;

import io.returnrouter.carriers.support.CarrierContract;
import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.carriers.support.Limit;
import io.returnrouter.core.model.DropOffPointType;

import java.util.List;

/** The published limits, as the carrier states them (see the issue), at the millimetre and gram. */
class InPostCarrierTest extends CarrierContract {

    @Override
    protected DataCarrierModule module() {
        return new InPostCarrier();
    }

    @Override
    protected List<LimitCase> publishedLimits() {
        return List.of(
            LimitCase.service("inpost-locker-a", Limit.box(640, 380, 80, 25_000)),
            LimitCase.service("inpost-locker-b", Limit.box(640, 380, 190, 25_000)),
            LimitCase.service("inpost-locker-c", Limit.box(640, 410, 380, 25_000)),
            LimitCase.point(DropOffPointType.LOCKER, "PL", Limit.box(640, 410, 380, 25_000)));
    }
}
