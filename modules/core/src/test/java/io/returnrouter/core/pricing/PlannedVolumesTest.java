package io.returnrouter.core.pricing;

import static io.returnrouter.core.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.RouteOption;

import org.junit.jupiter.api.Test;

import io.returnrouter.core.capacity.HubPeriod;

import java.time.LocalDate;
import java.util.Map;

/** A hub expects what the latest plan puts through it, confirmed returns where more, else the default. */
class PlannedVolumesTest {

    private static final long PARCEL_CM3 = 10_000;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private final Hub planned = hub("HUB-PLANNED", 1_000, 100_000_000, 50_000);
    private final Hub unplanned = hub("HUB-OTHER", 1_000, 100_000_000, 50_000);
    private final PlannedVolumes volumes = new PlannedVolumes("plan-1",
            Map.of("HUB-PLANNED", new ExpectedVolume(200, 200 * PARCEL_CM3)));

    @Test
    void aHubThePlanUsesExpectsThePlansVolumeEvenBelowTheDefault() {
        ExpectedVolume expected = volumes.of(planned, DAY, Loads.empty());

        assertThat(expected).isEqualTo(new ExpectedVolume(200, 200 * PARCEL_CM3));
        assertThat(ExpectedVolumes.DEFAULT.of(planned, DAY, Loads.empty()).parcels()).as("half the capacity").isEqualTo(500);
        assertThat(SharedPricer.price(PARCEL_CM3, option(toHub(planned), 100), expected, HubPeriod.ofDays(7)).hubFixedCents())
                .as("50,000 ct over 200 planned parcels").isEqualTo(250);
    }

    @Test
    void confirmedReturnsCountOnceThePlanExpectedFewer() {
        Loads booked = book(planned, 300);

        assertThat(volumes.of(planned, DAY, booked)).isEqualTo(new ExpectedVolume(300, 300 * PARCEL_CM3));
    }

    @Test
    void aHubThePlanDoesNotUseFallsBackToConfirmedThenTheDefault() {
        assertThat(volumes.of(unplanned, DAY, Loads.empty())).isEqualTo(ExpectedVolumes.DEFAULT.of(unplanned, DAY, Loads.empty()));
        assertThat(volumes.of(unplanned, DAY, book(unplanned, 700)).parcels()).isEqualTo(700);
    }

    private static Loads book(Hub hub, int parcels) {
        RouteOption option = option(toHub(hub), 100);
        Loads booked = Loads.empty();
        for (int i = 0; i < parcels; i++) {
            booked.add(PARCEL_CM3, option);
        }
        return booked;
    }
}
