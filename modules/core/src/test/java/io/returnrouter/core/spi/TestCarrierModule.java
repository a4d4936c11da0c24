package io.returnrouter.core.spi;

import io.returnrouter.core.Fixtures;
import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.ServiceMode;
import io.returnrouter.core.model.SizeLimits;

import java.util.List;

/** Registered in META-INF/services so that the ServiceLoader discovery is exercised for real. */
public class TestCarrierModule implements CarrierModule {

    @Override
    public String carrierId() {
        return "CARRIER";
    }

    @Override
    public List<CarrierService> services() {
        return List.of(Fixtures.service("SVC-DROP", ServiceMode.DROP_OFF, SizeLimits.UNLIMITED, 0));
    }

    @Override
    public List<DropOffPoint> dropOffPoints() {
        return List.of(Fixtures.point("P1", 50, SizeLimits.UNLIMITED));
    }
}
