package io.returnrouter.core.batch;

import static io.returnrouter.core.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.ServiceMode;
import io.returnrouter.core.model.SizeLimits;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.PickupSlot;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.solver.BindingPlace;
import io.returnrouter.core.solver.ConstraintNames;
import io.returnrouter.core.solver.PlanScorer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Binding constraints name where and when they bind, worst first; soft ones name no places. */
class ConstraintSummaryTest {

    private final PlanScorer scorer = new PlanScorer(getClass().getClassLoader());

    private Map<String, ConstraintSummary> summaries(RoutePlan plan) {
        return scorer.explain(plan).getConstraintMatchTotalMap().values().stream()
                .map(ConstraintSummary::of)
                .collect(java.util.stream.Collectors.toMap(ConstraintSummary::constraint, s -> s));
    }

    @Test
    void pickupSlotsNameTheServiceRegionAndDayWorstFirst() {
        PickupSlot monday = new PickupSlot(service("SVC-PICK", ServiceMode.HOME_PICKUP, SizeLimits.UNLIMITED, 1),
                "DE-10", MONDAY);
        PickupSlot tuesday = new PickupSlot(monday.service(), "DE-10", MONDAY.plusDays(1));
        RoutePlan plan = new RoutePlan(List.of(), List.of(
                parcel("a", 1, option(pickup(monday), direct(), OptionCosts.ZERO, 2)),
                parcel("b", 1, option(pickup(monday), direct(), OptionCosts.ZERO, 2)),
                parcel("c", 1, option(pickup(tuesday), direct(), OptionCosts.ZERO, 2)),
                parcel("d", 1, option(pickup(tuesday), direct(), OptionCosts.ZERO, 2)),
                parcel("e", 1, option(pickup(tuesday), direct(), OptionCosts.ZERO, 2))));

        ConstraintSummary slots = summaries(plan).get(ConstraintNames.PICKUP_SLOTS);

        assertThat(slots.places()).containsExactly(
                new BindingPlace("SVC-PICK pickups in region DE-10", MONDAY.plusDays(1), 2),
                new BindingPlace("SVC-PICK pickups in region DE-10", MONDAY, 1));
    }

    @Test
    void hubCapacityNamesTheHubWithoutADay() {
        Hub hub = hub("H1", 1, Long.MAX_VALUE, 0);
        RoutePlan plan = new RoutePlan(List.of(hub), List.of(parcel("a", 1, option(toHub(hub), 0)),
                parcel("b", 1, option(toHub(hub), 0))));

        ConstraintSummary capacity = summaries(plan).get(ConstraintNames.HUB_PARCEL_CAPACITY);

        assertThat(capacity.places()).containsExactly(new BindingPlace("hub " + hub.name(), null, 1));
    }

    @Test
    void softConstraintsNameNoPlaces() {
        Hub hub = hub("H1", 10, Long.MAX_VALUE, 500);
        RoutePlan plan = new RoutePlan(List.of(hub), List.of(parcel("a", 1, option(toHub(hub), 120))));

        assertThat(summaries(plan).get(ConstraintNames.TRANSPORT_COST).places()).isEmpty();
    }
}
