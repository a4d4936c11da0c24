package io.returnrouter.core.pricing;

import static io.returnrouter.core.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.capacity.HubPeriod;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.SizeLimits;
import io.returnrouter.core.plan.Destination;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.RouteOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Capacity and the hub's fixed cost count per day or period, not for all time. */
class PerPeriodLoadsTest {

    private static RouteOption dropOffOn(DropOffPoint point, Destination destination, LocalDate day) {
        return new RouteOption("opt-" + point.id() + "-" + day, dropOff(point), destination, OptionCosts.ZERO, 2, 0, 0,
                day);
    }

    @Test
    void aFullDropOffPointHasRoomTheNextDay() {
        DropOffPoint point = point("P1", 1, SizeLimits.UNLIMITED);
        Loads loads = Loads.perPeriod(HubPeriod.DAY);
        loads.add(1_000, dropOffOn(point, direct(), MONDAY));

        assertThat(MarginalPricer.fits(1_000, dropOffOn(point, direct(), MONDAY), loads)).isFalse();
        assertThat(MarginalPricer.fits(1_000, dropOffOn(point, direct(), MONDAY.plusDays(1)), loads)).isTrue();
    }

    @Test
    void theHubsFixedCostIsChargedAgainInTheNextPeriod() {
        Hub hub = hub("HUB-1", 100, 1_000_000, 250_000);
        Destination viaHub = new Destination(hub, WAREHOUSE, null);
        Loads loads = Loads.perPeriod(HubPeriod.DAY);
        loads.add(1_000, dropOffOn(point("P1", 10, SizeLimits.UNLIMITED), viaHub, MONDAY));

        MarginalPrice sameDay = MarginalPricer.price(1_000, dropOffOn(point("P2", 10, SizeLimits.UNLIMITED), viaHub,
                MONDAY), loads);
        MarginalPrice nextDay = MarginalPricer.price(1_000, dropOffOn(point("P2", 10, SizeLimits.UNLIMITED), viaHub,
                MONDAY.plusDays(1)), loads);

        assertThat(sameDay.hubFixedCents()).isZero();
        assertThat(nextDay.hubFixedCents()).isEqualTo(250_000);
    }

    @Test
    void aHubFullInOnePeriodTakesParcelsInTheNext() {
        Hub hub = hub("HUB-1", 1, 1_000_000, 0);
        Destination viaHub = new Destination(hub, WAREHOUSE, null);
        Loads week = Loads.perPeriod(HubPeriod.ofDays(7));
        week.add(1_000, dropOffOn(point("P1", 10, SizeLimits.UNLIMITED), viaHub, MONDAY));

        assertThat(MarginalPricer.fits(1_000, dropOffOn(point("P2", 10, SizeLimits.UNLIMITED), viaHub,
                MONDAY.plusDays(6)), week)).isFalse();
        assertThat(MarginalPricer.fits(1_000, dropOffOn(point("P2", 10, SizeLimits.UNLIMITED), viaHub,
                MONDAY.plusDays(7)), week)).isTrue();
    }

    @Test
    void aBatchPlanIsOnePeriod() {
        Hub hub = hub("HUB-1", 100, 1_000_000, 250_000);
        Destination viaHub = new Destination(hub, WAREHOUSE, null);
        Loads plan = Loads.empty();
        plan.add(1_000, dropOffOn(point("P1", 10, SizeLimits.UNLIMITED), viaHub, MONDAY));

        assertThat(MarginalPricer.price(1_000, dropOffOn(point("P2", 10, SizeLimits.UNLIMITED), viaHub,
                MONDAY.plusDays(9)), plan).hubFixedCents()).isZero();
    }
}
