package io.returnrouter.core.kpi;

import static io.returnrouter.core.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.plan.Destination;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.StandardMarketRules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class OperationalChangesTest {

    private static final MarketRules DK = StandardMarketRules.permissive("DK");
    private static final Hub MALMO = new Hub("HUB-MALMO", "Malmö", Location.of(55.6, 13.0, "SE", "21119"), 100,
            1_000_000, 0, 0, Optional.empty(), false, 0);
    private static final Hub LEIPZIG = hub("HUB-LEIPZIG", 100, 1_000_000, 0);

    private static Parcel p(String id, String returnId, MarketRules rules, Destination to) {
        return parcel(id, returnId, rules, 10, option(firstMile(FirstMileMode.DROP_OFF_POINT, "POST"), to,
                OptionCosts.ZERO, 2, 0));
    }

    @Test
    void groupsMovesByMarketAndRouteEndsLargestFirst() {
        RoutePlan before = new RoutePlan(List.of(LEIPZIG), List.of(
                p("R1-P1", "R1", DK, Destination.direct(VENLO)), p("R1-P2", "R1", DK, Destination.direct(VENLO)),
                p("R2-P1", "R2", DK, Destination.direct(VENLO)), p("R3-P1", "R3", PERMISSIVE, toHub(LEIPZIG)),
                p("R4-P1", "R4", PERMISSIVE, direct()), p("R5-P1", "R5", PERMISSIVE, direct())));
        RoutePlan after = new RoutePlan(List.of(MALMO), List.of(
                p("R1-P1", "R1", DK, toHub(MALMO)), p("R1-P2", "R1", DK, toHub(MALMO)),
                p("R2-P1", "R2", DK, toHub(MALMO)), p("R3-P1", "R3", PERMISSIVE, direct()),
                p("R4-P1", "R4", PERMISSIVE, direct()), p("R6-P1", "R6", PERMISSIVE, direct())));

        OperationalChanges changes = OperationalChanges.between(before, after, 10);

        assertThat(changes.parcelsCompared()).isEqualTo(7);
        assertThat(changes.parcelsMoved()).isEqualTo(6);
        assertThat(changes.groupsOmitted()).isZero();
        assertThat(changes.changes()).extracting(OperationalChange::sentence).containsExactly(
                "2 DK returns (3 parcels) move from direct to Venlo to the Malmö hub",
                "1 DE return moves from HUB-LEIPZIG to direct to Erfurt",
                "1 DE return that went direct to Erfurt is no longer planned",
                "1 DE return, not planned before, now goes direct to Erfurt");
        OperationalChange first = changes.changes().get(0);
        assertThat(first.market()).isEqualTo("DK");
        assertThat(first.from()).isEqualTo(new RouteEnd(RouteEnd.Kind.DIRECT, "WH-VENLO", "Venlo"));
        assertThat(first.to()).isEqualTo(new RouteEnd(RouteEnd.Kind.HUB, "HUB-MALMO", "Malmö"));
        assertThat(first.parcels()).isEqualTo(3);
        assertThat(first.returns()).isEqualTo(2);
    }

    @Test
    void keepsTheTopGroupsAndCountsTheRest() {
        List<Parcel> before = new ArrayList<>();
        List<Parcel> after = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            before.add(p("DK" + k, "DK" + k, DK, direct()));
            after.add(p("DK" + k, "DK" + k, DK, toHub(MALMO)));
        }
        before.add(p("DE0", "DE0", PERMISSIVE, direct()));
        after.add(p("DE0", "DE0", PERMISSIVE, toHub(LEIPZIG)));

        OperationalChanges changes = OperationalChanges.between(new RoutePlan(List.of(), before),
                new RoutePlan(List.of(), after), 1, Map.of("DK", "Danish", "DE", "German")::get);

        assertThat(changes.changes()).extracting(OperationalChange::sentence)
                .containsExactly("3 Danish returns move from direct to Erfurt to the Malmö hub");
        assertThat(changes.groupsOmitted()).isEqualTo(1);
        assertThat(changes.parcelsMoved()).isEqualTo(4);
    }

    @Test
    void identicalPlansHaveNoChangesAndModeChangesAreNotMoves() {
        RoutePlan before = new RoutePlan(List.of(), List.of(p("A", "RA", DK, direct())));
        Parcel pickup = parcel("A", "RA", DK, 10, option(firstMile(FirstMileMode.HOME_PICKUP, "POST"), direct(),
                OptionCosts.ZERO, 1, 0));
        OperationalChanges changes = OperationalChanges.between(before, new RoutePlan(List.of(), List.of(pickup)), 5);

        assertThat(changes.changes()).isEmpty();
        assertThat(changes.parcelsCompared()).isEqualTo(1);
    }

    @Test
    void sentencesUseThousandsSeparatorsAndHubNamesThatSayHub() {
        RouteEnd venlo = new RouteEnd(RouteEnd.Kind.DIRECT, "WH-VENLO", "Venlo");
        RouteEnd hub = new RouteEnd(RouteEnd.Kind.HUB, "HUB-01", "Hub 1");

        assertThat(OperationalChanges.sentence("DK", venlo, hub, 1_301, 1_240))
                .isEqualTo("1,240 DK returns (1,301 parcels) move from direct to Venlo to Hub 1");
    }

    @Test
    void rejectsInvalidInput() {
        RoutePlan plan = new RoutePlan(List.of(), List.of(p("A", "RA", DK, direct()), p("A", "RA", DK, direct())));
        assertThatThrownBy(() -> OperationalChanges.between(plan, plan, 3)).hasMessageContaining("twice");
        RoutePlan ok = new RoutePlan(List.of(), List.of());
        assertThatThrownBy(() -> OperationalChanges.between(ok, ok, -1)).hasMessageContaining("topGroups");
        RouteEnd end = RouteEnd.NOT_PLANNED;
        assertThatThrownBy(() -> new OperationalChange("DK", end, end, 1, 1, "x")).hasMessageContaining("to");
        Parcel unassigned = new Parcel("U", "RU", 0, Outcome.REFUND, DK, ParcelSpec.ofDemand(1), List.of(
                option(direct(), 1)));
        assertThat(RouteEnd.of(unassigned)).isEqualTo(RouteEnd.NOT_PLANNED);
    }
}
