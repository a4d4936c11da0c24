package io.returnrouter.core.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.sscflp.SscflpMapping;
import io.returnrouter.core.sscflp.SscflpParser;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class ExchangeImprovementTest {

    /** C1 sits at F1 and C2 at F2, but each is cheaper at the other's facility. */
    private static RoutePlan plan(long capacityOfF1, long demandOfC2) {
        return SscflpMapping.toPlan(SscflpParser.parse("exchange",
                "2 2\n" + capacityOfF1 + " 1\n20 1\n10 " + demandOfC2 + "\n50 1\n1 50\n"));
    }

    private static List<RouteOption> crossed(RoutePlan plan, Loads loads) {
        List<RouteOption> options = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Parcel parcel = plan.getParcels().get(k);
            RouteOption option = parcel.optionVia(plan.getHubs().get(k), null);
            options.add(option);
            loads.add(parcel.getVolumeCm3(), option);
        }
        return options;
    }

    @Test
    void parcelsTradeHubsWhenBothGainAndCapacitiesHold() {
        RoutePlan plan = plan(20, 10);
        Loads loads = Loads.empty();
        List<RouteOption> options = crossed(plan, loads);

        ExchangeImprovement.improve(plan.getParcels(), options, loads);

        assertThat(options.get(0).hub().id()).isEqualTo("F2");
        assertThat(options.get(1).hub().id()).isEqualTo("F1");
        assertThat(plan.getParcels().get(0).getOptions()).contains(options.get(0));
        assertThat(plan.getParcels().get(1).getOptions()).contains(options.get(1));
    }

    @Test
    void noTradeThatWouldOverfillAHub() {
        RoutePlan plan = plan(12, 15);
        Loads loads = Loads.empty();
        List<RouteOption> options = crossed(plan, loads);
        List<RouteOption> before = List.copyOf(options);

        ExchangeImprovement.improve(plan.getParcels(), options, loads);

        assertThat(options).isEqualTo(before);
    }
}
