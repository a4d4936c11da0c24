package io.returnrouter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.quote.Quote;
import io.returnrouter.core.quote.RankedOption;
import io.returnrouter.plugin.support.geo.Cities;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quotes apply the carriers' exact box limits, not only the core's longest side and girth. */
class ExactFitAcceptanceTest {

    private static List<String> services(int heightCm) {
        ReturnItem box = new ReturnItem("BOX", "HOME", new Dimensions(30, 20, heightCm), 1_000, 2_000, false);
        CustomerReturn ret = new CustomerReturn("R-FIT-" + heightCm, ReturnsGenerator.SHOP_ID, "PL",
                Cities.all().require("PL", "Warsaw").location(), Scenario.TUESDAY.minusDays(3), Scenario.TUESDAY,
                List.of(box), "CHANGED_MIND", Outcome.REFUND, Optional.empty());
        Quote quote = Scenario.discovered().quote(ret, Loads.empty());
        return quote.parcels().get(0).options().stream().map(RankedOption::option)
                .filter(o -> o.firstMile().service() != null)
                .map(o -> o.firstMile().service().id()).distinct().toList();
    }

    @Test
    void aParcelThatFitsCompartmentAIsOfferedIt() {
        assertThat(services(8)).contains("inpost-locker-a");
    }

    @Test
    void aParcelOneCentimetreTooThickForCompartmentAIsNotOfferedItButTheLargerOnes() {
        assertThat(services(9)).doesNotContain("inpost-locker-a").contains("inpost-locker-b");
    }
}
