package io.returnrouter.core.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.sscflp.SscflpMapping;
import io.returnrouter.core.sscflp.SscflpParser;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

class RegretReinsertionTest {

    /**
     * Facility F1 holds one of the two customers. C2 is cheapest at F1 but loses little at F2; C1
     * would lose 99 there. Cheapest-first would give F1 to C2 (cost 0 + 100); regret gives it to
     * C1 (cost 1 + 5).
     */
    private static RoutePlan plan(long capacityOfF2) {
        return SscflpMapping.toPlan(SscflpParser.parse("regret",
                "2 2\n10 1\n" + capacityOfF2 + " 1\n10 10\n1 0\n100 5\n"));
    }

    @Test
    void theParcelWithTheMostToLoseIsPlacedFirst() {
        RoutePlan plan = plan(20);
        Parcel c1 = plan.getParcels().get(0);
        Parcel c2 = plan.getParcels().get(1);

        Optional<List<RouteOption>> targets = RegretReinsertion.reinsert(List.of(c2, c1), Loads.empty(),
                Set.copyOf(plan.getHubs()));

        assertThat(targets).isPresent();
        assertThat(targets.get().get(0).hub().id()).isEqualTo("F2");
        assertThat(targets.get().get(1).hub().id()).isEqualTo("F1");
        assertThat(c2.getOptions()).contains(targets.get().get(0));
        assertThat(c1.getOptions()).contains(targets.get().get(1));
    }

    @Test
    void closedHubsAndBookedLoadsAreRespected() {
        RoutePlan plan = plan(20);
        Parcel c1 = plan.getParcels().get(0);
        Hub f1 = plan.getHubs().get(0);
        Hub f2 = plan.getHubs().get(1);

        assertThat(RegretReinsertion.reinsert(List.of(c1), Loads.empty(), Set.of(f2)).orElseThrow().get(0).hub())
                .isEqualTo(f2);
        Loads f1Full = Loads.empty();
        f1Full.add(10, plan.getParcels().get(1).optionVia(f1, null));
        assertThat(RegretReinsertion.reinsert(List.of(c1), f1Full, Set.of(f1))).isEmpty();
    }

    @Test
    void nothingIsReturnedWhenTheParcelsDoNotFitTogether() {
        RoutePlan plan = plan(5);

        assertThat(RegretReinsertion.reinsert(plan.getParcels(), Loads.empty(), Set.copyOf(plan.getHubs()))).isEmpty();
    }
}
