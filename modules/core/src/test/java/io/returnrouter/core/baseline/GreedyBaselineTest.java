package io.returnrouter.core.baseline;

import static io.returnrouter.core.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.plan.RoutePlan;

import org.junit.jupiter.api.Test;

import java.util.List;

class GreedyBaselineTest {

    private static Parcel parcel(String id, int arrival, long volume, RouteOption... options) {
        return new Parcel(id, "R-" + id, arrival, Outcome.REFUND, PERMISSIVE, ParcelSpec.ofDemand(volume),
                List.of(options));
    }

    @Test
    void eachParcelTakesItsStandAloneCheapestOptionInArrivalOrderWithinCapacity() {
        Hub small = hub("SMALL", 10, 10, 0);
        Hub big = hub("BIG", 10, 100, 0);
        // "second" arrives first and fills SMALL; "first" must then take BIG.
        Parcel first = parcel("first", 1, 8, option(toHub(small), 100), option(toHub(big), 300));
        Parcel second = parcel("second", 0, 8, option(toHub(small), 100), option(toHub(big), 200));
        RoutePlan problem = new RoutePlan(List.of(small, big), List.of(first, second));

        RoutePlan greedy = GreedyBaseline.assign(problem);

        assertThat(greedy.getParcels()).extracting(p -> p.getHub().id()).containsExactly("BIG", "SMALL");
        assertThat(problem.getParcels()).allSatisfy(p -> assertThat(p.getOption()).isNull());
    }

    @Test
    void ignoresConsolidationAndPaysFixedCostsAsIfAlone() {
        Hub shared = hub("SHARED", 10, 100, 1_000);
        // Together via the hub: 1,000 + 2 x 50 = 1,100; alone each sees 1,050 > 600 direct.
        Parcel a = parcel("a", 0, 1, option(toHub(shared), 50), option(direct(), 600));
        Parcel b = parcel("b", 1, 1, option(toHub(shared), 50), option(direct(), 600));

        RoutePlan greedy = GreedyBaseline.assign(new RoutePlan(List.of(shared), List.of(a, b)));

        assertThat(greedy.getParcels()).allSatisfy(p -> assertThat(p.getHub()).isNull());
    }

    @Test
    void takesTheCheapestOptionEvenWhenNothingFitsSoThePlanIsComplete() {
        Hub tiny = hub("TINY", 1, 1, 0);
        Parcel a = parcel("a", 0, 5, option(toHub(tiny), 50));

        RoutePlan greedy = GreedyBaseline.assign(new RoutePlan(List.of(tiny), List.of(a)));

        assertThat(greedy.getParcels().get(0).getHub()).isEqualTo(tiny);
    }
}
