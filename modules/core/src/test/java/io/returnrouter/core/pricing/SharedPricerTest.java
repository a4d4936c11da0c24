package io.returnrouter.core.pricing;

import static io.returnrouter.core.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.capacity.HubPeriod;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.RouteOption;

import org.junit.jupiter.api.Test;

/** One return's price shares the hub's period with its expected volume instead of paying it alone. */
class SharedPricerTest {

    private static final long PARCEL_CM3 = 10_000;
    private static final HubPeriod WEEK = HubPeriod.ofDays(7);

    @Test
    void sharesTrucksAndClearanceOverTheExpectedVolumeOfADeparture() {
        // A truck of 1 m3 for 100,000 ct leaving once a week; 500 parcels of 10 litres expected per week.
        Hub hub = linehaulHub("HUB", 100_000, 1_000_000, true, 5_000);
        RouteOption option = option(anyFirstMile(), toHub(hub), new OptionCosts(500, 0, 0, 0, 0, 0), 3);
        ExpectedVolume expected = new ExpectedVolume(500, 500 * PARCEL_CM3);

        SharedPrice shared = SharedPricer.price(PARCEL_CM3, option, expected, WEEK);
        MarginalPrice first = MarginalPricer.price(PARCEL_CM3, option, Loads.empty());

        assertThat(first.linehaulCents()).as("the first parcel pays the whole truck").isEqualTo(100_000);
        assertThat(shared.linehaulCents()).as("5 trucks for 5 m3, a 1/500 share").isEqualTo(1_000);
        assertThat(shared.customsShipmentCents()).isEqualTo(10);
        assertThat(shared.perParcelCents()).isEqualTo(first.perParcelCents()).isEqualTo(500);
        assertThat(shared.totalCents()).isLessThan(first.totalCents());
    }

    @Test
    void aLongerLedgerPeriodSharesItsExpectedVolumeOverEachDepartureInIt() {
        // The same weekly truck and 500 parcels expected, but the ledger's hub period is two weeks:
        // two departures of 250 parcels (2.5 m3, 3 trucks) each.
        Hub hub = linehaulHub("HUB", 100_000, 1_000_000, true, 5_000);
        RouteOption option = option(anyFirstMile(), toHub(hub), new OptionCosts(500, 0, 0, 0, 0, 0), 3);

        SharedPrice shared = SharedPricer.price(PARCEL_CM3, option, new ExpectedVolume(500, 500 * PARCEL_CM3),
                HubPeriod.ofDays(14));

        assertThat(shared.linehaulCents()).isEqualTo(1_200);
        assertThat(shared.customsShipmentCents()).isEqualTo(20);
    }

    @Test
    void sharesTheFixedCostOverHalfTheCapacityUnlessMoreIsConfirmed() {
        Hub hub = hub("HUB", 1_000, 100_000_000, 50_000);
        RouteOption option = option(toHub(hub), 100);
        Loads booked = Loads.empty();
        for (int i = 0; i < 800; i++) {
            booked.add(PARCEL_CM3, option);
        }

        assertThat(SharedPricer.price(PARCEL_CM3, option, ExpectedVolumes.DEFAULT.of(hub, MONDAY, Loads.empty()),
                WEEK).hubFixedCents()).isEqualTo(100);
        assertThat(ExpectedVolumes.DEFAULT.of(hub, MONDAY, booked).parcels()).isEqualTo(800);
    }

    @Test
    void aDirectOptionHasNoShares() {
        SharedPrice shared = SharedPricer.price(PARCEL_CM3, option(direct(), 700), null, WEEK);

        assertThat(shared.totalCents()).isEqualTo(shared.perParcelCents()).isEqualTo(700);
    }
}
