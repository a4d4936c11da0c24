package io.returnrouter.core.solver;

import static io.returnrouter.core.Fixtures.*;

import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.HandlingClass;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.model.ServiceMode;
import io.returnrouter.core.model.SizeLimits;
import io.returnrouter.core.plan.FirstMile;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.PickupSlot;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.StandardMarketRules;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

class ReturnRoutingConstraintsTest {

    private final ConstraintVerifier<ReturnRoutingConstraints, RoutePlan> verifier =
            ConstraintVerifier.build(new ReturnRoutingConstraints(), RoutePlan.class, Parcel.class);

    private static Parcel unassigned(String id, RouteOption possible) {
        Parcel parcel = parcel(id, 10, possible);
        parcel.setOption(null);
        return parcel;
    }

    @Test
    void hubParcelCapacityPenalizesEachParcelAboveTheLimit() {
        Hub hub = hub("H1", 2, Long.MAX_VALUE, 0);
        verifier.verifyThat(ReturnRoutingConstraints::hubParcelCapacity)
                .given(parcel("a", 1, option(toHub(hub), 0)), parcel("b", 1, option(toHub(hub), 0)),
                        parcel("c", 1, option(toHub(hub), 0)), parcel("d", 1, option(toHub(hub), 0)))
                .penalizesBy(2);
    }

    @Test
    void hubParcelCapacityAcceptsExactlyFullHubAndIgnoresUnassignedParcels() {
        Hub hub = hub("H1", 2, Long.MAX_VALUE, 0);
        verifier.verifyThat(ReturnRoutingConstraints::hubParcelCapacity)
                .given(parcel("a", 1, option(toHub(hub), 0)), parcel("b", 1, option(toHub(hub), 0)),
                        unassigned("c", option(toHub(hub), 0)), parcel("d", 1, option(direct(), 0)))
                .penalizesBy(0);
    }

    @Test
    void hubVolumeCapacityPenalizesTheExcessVolume() {
        Hub hub = hub("H1", 100, 1_000, 0);
        verifier.verifyThat(ReturnRoutingConstraints::hubVolumeCapacity)
                .given(parcel("a", 600, option(toHub(hub), 0)), parcel("b", 450, option(toHub(hub), 0)))
                .penalizesBy(50);
    }

    @Test
    void hubVolumeCapacityAcceptsExactlyFullHub() {
        Hub hub = hub("H1", 100, 1_000, 0);
        verifier.verifyThat(ReturnRoutingConstraints::hubVolumeCapacity)
                .given(parcel("a", 600, option(toHub(hub), 0)), parcel("b", 400, option(toHub(hub), 0)))
                .penalizesBy(0);
    }

    @Test
    void pickupSlotsPenalizesPickupsBeyondTheSlotsOfTheDay() {
        PickupSlot slot = new PickupSlot(service("SVC-PICK", ServiceMode.HOME_PICKUP, SizeLimits.UNLIMITED, 1),
                "DE-10", MONDAY);
        PickupSlot nextDay = new PickupSlot(slot.service(), "DE-10", MONDAY.plusDays(1));
        verifier.verifyThat(ReturnRoutingConstraints::pickupSlots)
                .given(parcel("a", 1, option(pickup(slot), direct(), OptionCosts.ZERO, 2)),
                        parcel("b", 1, option(pickup(slot), direct(), OptionCosts.ZERO, 2)),
                        parcel("c", 1, option(pickup(nextDay), direct(), OptionCosts.ZERO, 2)))
                .penalizesBy(1);
    }

    @Test
    void pickupSlotsIgnoresUnassignedParcels() {
        PickupSlot slot = new PickupSlot(service("SVC-PICK", ServiceMode.HOME_PICKUP, SizeLimits.UNLIMITED, 1),
                "DE-10", MONDAY);
        verifier.verifyThat(ReturnRoutingConstraints::pickupSlots)
                .given(parcel("a", 1, option(pickup(slot), direct(), OptionCosts.ZERO, 2)),
                        unassigned("b", option(pickup(slot), direct(), OptionCosts.ZERO, 2)))
                .penalizesBy(0);
    }

    @Test
    void dropOffPointCapacityPenalizesParcelsAboveTheDailyCapacity() {
        var point = point("P1", 1, SizeLimits.UNLIMITED);
        verifier.verifyThat(ReturnRoutingConstraints::dropOffPointCapacity)
                .given(parcel("a", 1, option(dropOff(point), direct(), OptionCosts.ZERO, 2)),
                        parcel("b", 1, option(dropOff(point), direct(), OptionCosts.ZERO, 2)),
                        parcel("c", 1, option(dropOff(point), direct(), OptionCosts.ZERO, 2)))
                .penalizesBy(2);
    }

    @Test
    void dropOffPointCapacityCountsEachHandInDayApart() {
        var point = point("P1", 1, SizeLimits.UNLIMITED);
        verifier.verifyThat(ReturnRoutingConstraints::dropOffPointCapacity)
                .given(parcel("a", 1, new RouteOption("a-mon", dropOff(point), direct(), OptionCosts.ZERO, 2, 0, 0,
                                MONDAY)),
                        parcel("b", 1, new RouteOption("b-tue", dropOff(point), direct(), OptionCosts.ZERO, 2, 0, 0,
                                MONDAY.plusDays(1))))
                .penalizesBy(0);
    }

    @Test
    void dropOffPointCapacityAcceptsAFullPoint() {
        var point = point("P1", 2, SizeLimits.UNLIMITED);
        verifier.verifyThat(ReturnRoutingConstraints::dropOffPointCapacity)
                .given(parcel("a", 1, option(dropOff(point), direct(), OptionCosts.ZERO, 2)),
                        parcel("b", 1, option(dropOff(point), direct(), OptionCosts.ZERO, 2)))
                .penalizesBy(0);
    }

    @Test
    void serviceLimitsPenalizesAParcelTooHeavyForThePoint() {
        var point = point("P1", 10, new SizeLimits(60, 200, 10_000));
        ReturnItem heavy = new ReturnItem("SKU", "tools", new Dimensions(30, 30, 30), 10_001, 0, false);
        ReturnItem limit = new ReturnItem("SKU", "tools", new Dimensions(30, 30, 30), 10_000, 0, false);
        verifier.verifyThat(ReturnRoutingConstraints::serviceLimits)
                .given(parcel("heavy", ParcelSpec.of(HandlingClass.PARCEL, List.of(heavy), heavy.dimensions()),
                                PERMISSIVE, option(dropOff(point), direct(), OptionCosts.ZERO, 2)),
                        parcel("limit", ParcelSpec.of(HandlingClass.PARCEL, List.of(limit), limit.dimensions()),
                                PERMISSIVE, option(dropOff(point), direct(), OptionCosts.ZERO, 2)))
                .penalizesBy(1);
    }

    @Test
    void serviceLimitsPenalizesHazardousGoodsOnAServiceThatRefusesThem() {
        ReturnItem battery = new ReturnItem("SKU", "batteries", new Dimensions(10, 10, 10), 500, 0, true);
        FirstMile pickup = new FirstMile(FirstMileMode.HOME_PICKUP,
                service("SVC", ServiceMode.HOME_PICKUP, SizeLimits.UNLIMITED, 5), null, null, null);
        verifier.verifyThat(ReturnRoutingConstraints::serviceLimits)
                .given(parcel("a", ParcelSpec.of(HandlingClass.HAZARDOUS, List.of(battery), battery.dimensions()),
                        PERMISSIVE, option(pickup, direct(), OptionCosts.ZERO, 2)))
                .penalizesBy(1);
    }

    @Test
    void modeAllowedPenalizesAModeTheMarketForbids() {
        var noPickup = new StandardMarketRules("DE", 30, 14, EnumSet.of(FirstMileMode.DROP_OFF_POINT), Set.of(),
                Map.of(), 10, CustomsStatus.EU_CUSTOMS_UNION, 0);
        FirstMile pickup = FirstMile.abstractLeg(FirstMileMode.HOME_PICKUP);
        verifier.verifyThat(ReturnRoutingConstraints::modeAllowed)
                .given(parcel("a", ParcelSpec.ofDemand(1), noPickup, option(pickup, direct(), OptionCosts.ZERO, 2)),
                        parcel("b", ParcelSpec.ofDemand(1), noPickup,
                                option(anyFirstMile(), direct(), OptionCosts.ZERO, 2)))
                .penalizesBy(1);
    }

    @Test
    void daysToWarehousePenalizesEachDayOverTheLimitButNotTheLimitItself() {
        var fiveDays = new StandardMarketRules("DE", 30, 14, EnumSet.allOf(FirstMileMode.class), Set.of(),
                Map.of(), 5, CustomsStatus.EU_CUSTOMS_UNION, 0);
        verifier.verifyThat(ReturnRoutingConstraints::daysToWarehouse)
                .given(parcel("late", ParcelSpec.ofDemand(1), fiveDays,
                                option(anyFirstMile(), direct(), OptionCosts.ZERO, 8)),
                        parcel("onTime", ParcelSpec.ofDemand(1), fiveDays,
                                option(anyFirstMile(), direct(), OptionCosts.ZERO, 5)))
                .penalizesBy(3);
    }

    @Test
    void transportCostSumsTheLegsOfEveryAssignedParcel() {
        verifier.verifyThat(ReturnRoutingConstraints::transportCost)
                .given(parcel("a", 1, option(direct(), 450)), parcel("b", 1, option(direct(), 550)),
                        unassigned("c", option(direct(), 999)))
                .penalizesBy(1_000);
    }

    @Test
    void hubHandlingChargesPerParcel() {
        Hub hub = hub("H1", 10, 1_000, 0);
        verifier.verifyThat(ReturnRoutingConstraints::hubHandling)
                .given(parcel("a", 1, option(anyFirstMile(), toHub(hub), new OptionCosts(0, 80, 0, 0, 0, 0), 2)),
                        parcel("b", 1, option(anyFirstMile(), direct(), OptionCosts.ZERO, 2)))
                .penalizesBy(80);
    }

    @Test
    void hubFixedCostIsPaidOncePerUsedHub() {
        Hub used = hub("H1", 10, 1_000, 7_500);
        Hub unused = hub("H2", 10, 1_000, 9_000);
        verifier.verifyThat(ReturnRoutingConstraints::hubFixedCost)
                .given(used, unused, parcel("a", 1, option(toHub(used), 0)), parcel("b", 1, option(toHub(used), 0)),
                        unassigned("c", option(toHub(unused), 0)))
                .penalizesBy(7_500);
    }

    @Test
    void linehaulChargesWholeVehiclesPerDeparture() {
        Hub hub = linehaulHub("H1", 30_000, 1_000, false, 0);
        // 1,001 cm³ needs a second vehicle; exactly 1,000 would need one.
        verifier.verifyThat(ReturnRoutingConstraints::linehaul)
                .given(parcel("a", 600, option(toHub(hub), 0)), parcel("b", 401, option(toHub(hub), 0)))
                .penalizesBy(60_000);
        verifier.verifyThat(ReturnRoutingConstraints::linehaul)
                .given(parcel("a", 600, option(toHub(hub), 0)), parcel("b", 400, option(toHub(hub), 0)))
                .penalizesBy(30_000);
    }

    @Test
    void linehaulIsFreeWhenNoParcelUsesTheHub() {
        Hub hub = linehaulHub("H1", 30_000, 1_000, false, 0);
        verifier.verifyThat(ReturnRoutingConstraints::linehaul)
                .given(unassigned("a", option(toHub(hub), 0)), parcel("b", 1, option(direct(), 0)))
                .penalizesBy(0);
    }

    @Test
    void customsPerParcelChargesEachParcelCrossingAlone() {
        verifier.verifyThat(ReturnRoutingConstraints::customsPerParcel)
                .given(parcel("a", 1, option(anyFirstMile(), direct(), new OptionCosts(0, 0, 1_200, 0, 0, 0), 2)),
                        parcel("b", 1, option(anyFirstMile(), direct(), new OptionCosts(0, 0, 1_200, 0, 0, 0), 2)))
                .penalizesBy(2_400);
    }

    @Test
    void customsPerShipmentChargesOncePerDepartureOfAHubOutsideTheUnion() {
        Hub outside = linehaulHub("H-CH", 0, 1_000, true, 9_000);
        Hub inside = linehaulHub("H-DE", 0, 1_000, false, 9_000);
        verifier.verifyThat(ReturnRoutingConstraints::customsPerShipment)
                .given(parcel("a", 1, option(toHub(outside), 0)), parcel("b", 1, option(toHub(outside), 0)),
                        parcel("c", 1, option(toHub(inside), 0)))
                .penalizesBy(9_000);
    }

    @Test
    void delayChargesTheScenarioCostOfTheDays() {
        verifier.verifyThat(ReturnRoutingConstraints::delay)
                .given(parcel("a", 1, option(anyFirstMile(), direct(), new OptionCosts(0, 0, 0, 300, 0, 0), 3)))
                .penalizesBy(300);
    }

    @Test
    void co2ChargesThePricedEmissions() {
        verifier.verifyThat(ReturnRoutingConstraints::co2)
                .given(parcel("a", 1, option(anyFirstMile(), direct(), new OptionCosts(0, 0, 0, 0, 17, 0), 3)),
                        parcel("b", 1, option(anyFirstMile(), direct(), OptionCosts.ZERO, 3)))
                .penalizesBy(17);
    }

    @Test
    void customerDetourChargesThePricedKilometres() {
        verifier.verifyThat(ReturnRoutingConstraints::customerDetour)
                .given(parcel("a", 1, option(anyFirstMile(), direct(), new OptionCosts(0, 0, 0, 0, 0, 42), 3)))
                .penalizesBy(42);
    }
}
