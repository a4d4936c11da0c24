package io.returnrouter.carriers.twoman;

import io.returnrouter.carriers.support.CarrierContract;
import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.carriers.support.Limit;

import java.util.List;

/** The published limits, as the carrier states them (see the issue), at the millimetre and gram. */
class TwoManFreightCarrierTest extends CarrierContract {

    @Override
    protected DataCarrierModule module() {
        return new TwoManFreightCarrier();
    }

    @Override
    protected List<LimitCase> publishedLimits() {
        return List.of(
            LimitCase.service("twoman-bulky-pickup", Limit.length(3000, 150_000)));
    }
}
