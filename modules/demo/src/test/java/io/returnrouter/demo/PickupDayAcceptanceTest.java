package io.returnrouter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.quote.Quote;
import io.returnrouter.plugin.support.geo.Cities;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Carriers do not collect on Sundays or the market's public holidays; the planner sees the market's calendar. */
class PickupDayAcceptanceTest {

    @Test
    void aSofaReturnedOnChristmasEveInGermanyIsCollectedTheNextWorkingDay() {
        ReturnItem sofa = new ReturnItem("SOFA-3S", "FURNITURE", new Dimensions(220, 95, 85), 48_000, 89_900, false);
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        CustomerReturn ret = new CustomerReturn("R-XMAS", ReturnsGenerator.SHOP_ID, "DE",
                Cities.all().require("DE", "Berlin").location(), christmasEve.minusDays(3), christmasEve, List.of(sofa),
                "CHANGED_MIND", Outcome.REFUND, Optional.empty());

        Quote quote = Scenario.discovered().quote(ret, Loads.empty());

        // 25 and 26 December are public holidays in Germany, the 27th is a Sunday: the first pickup
        // is on the 28th, later ones (offered in case the first day's slots are full) on working days.
        var options = quote.parcels().get(0).options();
        assertThat(options).allSatisfy(o -> {
            assertThat(o.option().mode()).isEqualTo(FirstMileMode.HOME_PICKUP);
            LocalDate day = o.option().firstMile().pickupSlot().date();
            assertThat(day).isAfterOrEqualTo(LocalDate.of(2026, 12, 28));
            assertThat(day.getDayOfWeek()).isNotEqualTo(java.time.DayOfWeek.SUNDAY);
            assertThat(day).isNotIn(LocalDate.of(2027, 1, 1));
        });
        assertThat(options.stream().map(o -> o.option().firstMile().pickupSlot().date()).min(LocalDate::compareTo))
                .contains(LocalDate.of(2026, 12, 28));
    }
}
