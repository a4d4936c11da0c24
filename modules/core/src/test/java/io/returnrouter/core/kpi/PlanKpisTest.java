package io.returnrouter.core.kpi;

import static io.returnrouter.core.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.batch.BatchProblem;
import io.returnrouter.core.batch.CostBreakdowns;
import io.returnrouter.core.batch.PlanResult;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.quote.Rejection;
import io.returnrouter.core.quote.RejectionRule;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.StandardMarketRules;
import io.returnrouter.core.solver.PlanScorer;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

class PlanKpisTest {

    static final MarketRules DE = PERMISSIVE;
    static final MarketRules DK = StandardMarketRules.permissive("DK");

    /**
     * R1 (DE) has two parcels: a drop-off via the hub and a pickup direct; R2 (DK) one store
     * hand-in via the hub with customs per parcel. The hub's fixed cost of 1,000 is shared 500/500.
     */
    static RoutePlan threeParcels(Hub hub) {
        Parcel p1 = parcel("R1-P1", "R1", DE, 10, option(firstMile(FirstMileMode.DROP_OFF_POINT, "PAKET"),
                toHub(hub), OptionCosts.transportOnly(300), 3, 100));
        Parcel p2 = parcel("R1-P2", "R1", DE, 20, option(firstMile(FirstMileMode.HOME_PICKUP, "PAKET"),
                direct(), OptionCosts.transportOnly(500), 2, 200));
        Parcel p3 = parcel("R2-P1", "R2", DK, 30, option(firstMile(FirstMileMode.STORE, "POST"), toHub(hub),
                new OptionCosts(400, 0, 150, 0, 0, 0), 5, 50));
        return new RoutePlan(List.of(hub), List.of(p1, p2, p3));
    }

    @Test
    void computesTheKeyFiguresOfAHandBuiltPlan() {
        Hub hub = hub("HUB-A", 10, 100, 1_000);
        PlanKpis kpis = PlanKpis.of(threeParcels(hub), 4);

        assertThat(kpis.returns()).isEqualTo(2);
        assertThat(kpis.parcels()).isEqualTo(3);
        assertThat(kpis.rejectedReturns()).isEqualTo(4);
        assertThat(kpis.unassignedParcels()).isZero();
        assertThat(kpis.totalCostCents()).isEqualTo(300 + 500 + 400 + 150 + 1_000);
        assertThat(kpis.costPerReturnCents()).isEqualTo(1_175);
        assertThat(kpis.costs().transportCents()).isEqualTo(1_200);
        assertThat(kpis.costs().hubFixedCents()).isEqualTo(1_000);
        assertThat(kpis.customsCostCents()).isEqualTo(150);
        assertThat(kpis.costs().cashCents()).isEqualTo(kpis.totalCostCents());
        assertThat(kpis.meanDaysToWarehouse()).isEqualByComparingTo("3.33");
        assertThat(kpis.p95DaysToWarehouse()).isEqualTo(5);
        assertThat(kpis.byMode()).containsOnlyKeys(FirstMileMode.values());
        assertThat(kpis.byMode().get(FirstMileMode.HOME_PICKUP)).isEqualTo(new ParcelShare(1, new BigDecimal("33.3")));
        assertThat(kpis.viaHub()).isEqualTo(new ParcelShare(2, new BigDecimal("66.7")));
        assertThat(kpis.direct()).isEqualTo(new ParcelShare(1, new BigDecimal("33.3")));
        assertThat(kpis.hubs()).containsExactly(new HubUtilisation("HUB-A", "HUB-A", 2, 10, new BigDecimal("20.0"),
                40, 100, new BigDecimal("40.0")));
        assertThat(kpis.co2Grams()).isEqualTo(350);
        assertThat(kpis.co2Kg()).isEqualByComparingTo("0.350");
        assertThat(kpis.byMarket()).containsExactly(new GroupKpis("DE", 1, 2, 300 + 500 + 500, 300),
                new GroupKpis("DK", 1, 1, 400 + 150 + 500, 50));
        assertThat(kpis.byCarrier()).containsExactly(new GroupKpis("PAKET", 1, 2, 1_300, 300),
                new GroupKpis("POST", 1, 1, 1_050, 50));
    }

    @Test
    void totalCostIsTheScoresSoftCostIncludingSharedLinehaulAndCustoms() {
        Hub hub = linehaulHub("HUB-CH", 700, 50, true, 900);
        RoutePlan plan = threeParcels(hub);

        HardSoftLongScore score = new PlanScorer(getClass().getClassLoader()).score(plan);
        PlanKpis kpis = PlanKpis.of(plan, 0);

        assertThat(kpis.totalCostCents()).isEqualTo(-score.softScore());
        assertThat(kpis.costs().linehaulCents()).isEqualTo(700);
        assertThat(kpis.customsCostCents()).isEqualTo(150 + 900);
        assertThat(kpis.costs().handlingCents()).isZero();
    }

    @Test
    void p95IsTheNearestRankAndHubUtilisationMayExceedAHundredPercent() {
        Hub small = hub("SMALL", 1, 1_000, 0);
        List<Parcel> parcels = new java.util.ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            parcels.add(parcel("P" + k, "R" + k, DE, 1, option(anyFirstMile(), k == 20 ? toHub(small) : direct(),
                    OptionCosts.transportOnly(k), k == 20 ? 9 : k == 19 ? 7 : 1, 0)));
        }
        parcels.add(parcel("P21", "R21", DE, 1, option(anyFirstMile(), toHub(small), OptionCosts.ZERO, 1, 0)));

        PlanKpis kpis = PlanKpis.of(new RoutePlan(List.of(small), parcels), 0);

        // 21 values: rank ceil(0.95 × 21) = 20, the second largest.
        assertThat(kpis.p95DaysToWarehouse()).isEqualTo(7);
        assertThat(kpis.hubs().get(0).parcelUtilisationPercent()).isEqualByComparingTo("200.0");
        assertThat(kpis.hubs().get(0).overloaded()).isTrue();
        assertThat(kpis.byCarrier()).extracting(GroupKpis::key).containsExactly(PlanKpis.NO_CARRIER);
    }

    @Test
    void emptyPlanHasZeroCountsAndAbsentAverages() {
        Hub closed = hub("CLOSED", 0, 0, 0);
        PlanKpis kpis = PlanKpis.of(new RoutePlan(List.of(closed), List.of()), 2);

        assertThat(kpis.parcels()).isZero();
        assertThat(kpis.totalCostCents()).isZero();
        assertThat(kpis.costPerReturnCents()).isZero();
        assertThat(kpis.meanDaysToWarehouse()).isNull();
        assertThat(kpis.p95DaysToWarehouse()).isNull();
        assertThat(kpis.viaHub().percent()).isNull();
        assertThat(kpis.hubs().get(0).parcelUtilisationPercent()).isNull();
        assertThat(kpis.rejectedReturns()).isEqualTo(2);
    }

    @Test
    void unassignedParcelsAreCountedButLeftOutOfEveryOtherFigure() {
        RoutePlan plan = threeParcels(hub("HUB-A", 10, 100, 0));
        plan.getParcels().get(1).setOption(null);

        PlanKpis kpis = PlanKpis.of(plan, 0);

        assertThat(kpis.unassignedParcels()).isEqualTo(1);
        assertThat(kpis.parcels()).isEqualTo(2);
        assertThat(kpis.byMode().get(FirstMileMode.HOME_PICKUP).parcels()).isZero();
        assertThat(kpis.totalCostCents()).isEqualTo(300 + 400 + 150);
    }

    @Test
    void rejectsABreakdownThatDoesNotMatchThePlan() {
        RoutePlan plan = threeParcels(hub("HUB-A", 10, 100, 0));
        var breakdown = CostBreakdowns.of(plan);

        assertThatThrownBy(() -> PlanKpis.of(plan, breakdown.subList(0, 2), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R2-P1");
        assertThatThrownBy(() -> PlanKpis.of(plan, List.of(breakdown.get(0), breakdown.get(0), breakdown.get(1),
                breakdown.get(2)), 0)).hasMessageContaining("twice");
    }

    @Test
    void ofPlanResultUsesItsBreakdownAndRejections() {
        RoutePlan plan = threeParcels(hub("HUB-A", 10, 100, 1_000));
        PlanResult result = new PlanResult(plan, HardSoftLongScore.of(0, -2_350), HardSoftLongScore.of(0, -3_000),
                List.of(), CostBreakdowns.of(plan), List.of(new Rejection("R9", RejectionRule.UNKNOWN_MARKET, "no")),
                List.of(), Duration.ZERO);

        PlanKpis kpis = PlanKpis.of(result);

        assertThat(kpis.totalCostCents()).isEqualTo(result.costCents());
        assertThat(kpis.rejectedReturns()).isEqualTo(1);
    }

    @Test
    void greedyBaselineKpisComeFromTheGreedyPlanWithoutChangingTheProblem() {
        Hub shared = hub("SHARED", 10, 100, 1_000);
        // Alone each parcel sees 1,050 via the hub against 600 direct: greedy goes direct.
        Parcel a = new Parcel("a", "R-a", 0, Outcome.REFUND, DE, ParcelSpec.ofDemand(1),
                List.of(option(toHub(shared), 50), option(direct(), 600)));
        Parcel b = new Parcel("b", "R-b", 1, Outcome.REFUND, DE, ParcelSpec.ofDemand(1),
                List.of(option(toHub(shared), 50), option(direct(), 600)));
        BatchProblem problem = new BatchProblem(new RoutePlan(List.of(shared), List.of(a, b)),
                List.of(new Rejection("R-c", RejectionRule.UNKNOWN_MARKET, "no rules for market XX")));

        PlanKpis greedy = PlanKpis.greedyBaseline(problem);

        assertThat(greedy.totalCostCents()).isEqualTo(1_200);
        assertThat(greedy.direct().parcels()).isEqualTo(2);
        assertThat(greedy.rejectedReturns()).isEqualTo(1);
        assertThat(problem.plan().getParcels()).allSatisfy(p -> assertThat(p.getOption()).isNull());
    }

    @Test
    void recordRejectsInconsistentTotals() {
        PlanKpis valid = PlanKpis.of(threeParcels(hub("HUB-A", 10, 100, 0)), 0);

        assertThatThrownBy(() -> new PlanKpis(valid.returns(), valid.parcels(), 0, 0, valid.totalCostCents() + 1,
                valid.costPerReturnCents(), valid.costs(), valid.meanDaysToWarehouse(), valid.p95DaysToWarehouse(),
                valid.byMode(), valid.viaHub(), valid.direct(), valid.hubs(), valid.co2Grams(), valid.byMarket(),
                valid.byCarrier())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("totalCostCents");
        assertThatThrownBy(() -> new GroupKpis("DE", -1, 0, 0, 0)).hasMessageContaining("returns");
    }
}
