package io.returnrouter.carriers.inpost;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.carriers.support.CarrierContract;
import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.carriers.support.Limit;
import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.DropOffPointType;
import io.returnrouter.core.model.HandlingClass;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.plan.ParcelSpec;

import org.junit.jupiter.api.Test;

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

    @Test
    void aTenCentimetreThickParcelTakesCompartmentBNotA() {
        InPostCarrier inpost = new InPostCarrier();
        ReturnItem jeans = new ReturnItem("JEANS", "FASHION", new Dimensions(35, 28, 10), 700, 5_999, false);
        ParcelSpec parcel = ParcelSpec.of(HandlingClass.PARCEL, List.of(jeans), jeans.dimensions());
        CarrierService a = service(inpost, "inpost-locker-a");
        CarrierService b = service(inpost, "inpost-locker-b");

        assertThat(a.limits().accepts(parcel.longestSideCm(), parcel.girthCm(), parcel.weightGrams()))
                .as("the core's coarse pre-check").isTrue();
        assertThat(inpost.takes(a, inpost.dropOffPoints().get(0), parcel)).isFalse();
        assertThat(inpost.takes(b, inpost.dropOffPoints().get(0), parcel)).isTrue();
    }

    private static CarrierService service(InPostCarrier inpost, String id) {
        return inpost.services().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
