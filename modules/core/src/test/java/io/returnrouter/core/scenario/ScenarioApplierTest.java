package io.returnrouter.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.SmallNetwork;
import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.HandlingClass;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.Linehaul;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.model.RoadDistance;
import io.returnrouter.core.model.TariffBand;
import io.returnrouter.core.options.EnumerationLimits;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.MarketRulesSource;
import io.returnrouter.core.scenario.ScenarioChange.AddHub;
import io.returnrouter.core.scenario.ScenarioChange.ChangeWeights;
import io.returnrouter.core.scenario.ScenarioChange.CloseHub;
import io.returnrouter.core.scenario.ScenarioChange.OverrideMarketRules;
import io.returnrouter.core.scenario.ScenarioChange.ScaleCarrierTariffs;
import io.returnrouter.core.scenario.ScenarioChange.SetHubCapacity;
import io.returnrouter.core.scenario.ScenarioChange.SetLinehaulDepartures;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

class ScenarioApplierTest {

    private static final MarketRules GERMANY = SmallNetwork.germany();
    private static final MarketRulesSource RULES = c -> c.equals("DE") ? Optional.of(GERMANY) : Optional.empty();
    private static final Hub MALMO = new Hub("HUB-MALMO", "Malmö", Location.of(55.6, 13.0, "SE", "21119"), 500,
            50_000_000, 30, 10_000, Optional.of(new Linehaul(SmallNetwork.WAREHOUSE.id(),
            EnumSet.of(DayOfWeek.TUESDAY), 40_000, 1_000_000, 2, 900)), true, 2_500);

    private final ScenarioWorld base = new ScenarioWorld(SmallNetwork.network(true), RULES, ScenarioWeights.DEFAULT);

    private static ScenarioWorld apply(ScenarioWorld world, ScenarioChange... changes) {
        return ScenarioApplier.apply(new Scenario("test", null, List.of(changes)), world);
    }

    private static Hub hub(ScenarioWorld world, String id) {
        return world.network().hubs().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> fields(InvalidScenarioException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void addsAHub() {
        ScenarioWorld varied = apply(base, new AddHub(MALMO));

        assertThat(varied.network().hubs()).extracting(Hub::id).containsExactly("HUB-LEIPZIG", "HUB-MALMO");
        assertThat(base.network().hubs()).extracting(Hub::id).containsExactly("HUB-LEIPZIG");
    }

    @Test
    void rejectsAHubThatExistsOrSendsItsTrucksToAnUnknownWarehouse() {
        Hub lost = new Hub("HUB-LOST", "Lost", MALMO.location(), 1, 1, 0, 0,
                Optional.of(new Linehaul("WH-NOWHERE", EnumSet.of(DayOfWeek.MONDAY), 1, 1, 1, 1)), false, 0);

        assertThatThrownBy(() -> apply(base, new AddHub(SmallNetwork.LEIPZIG), new AddHub(lost)))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> {
                    assertThat(fields(e)).containsExactly("changes[0].hub.id", "changes[1].hub.linehaul.warehouseId");
                    assertThat(e.getMessage()).contains("changes[1].hub.linehaul.warehouseId: no warehouse "
                            + "'WH-NOWHERE' in the network");
                });
    }

    @Test
    void closesAHubSoThatNoOptionGoesThroughIt() {
        ScenarioWorld varied = apply(base, new CloseHub("HUB-LEIPZIG"));

        assertThat(varied.network().hubs()).isEmpty();
        List<RouteOption> options = enumerate(varied);
        assertThat(options).isNotEmpty().allSatisfy(o -> assertThat(o.hub()).isNull());
        assertThat(enumerate(base)).anySatisfy(o -> assertThat(o.hub()).isNotNull());
    }

    @Test
    void rejectsAnUnknownHubNamingTheChangeAndField() {
        assertThatThrownBy(() -> apply(base, new ChangeWeights(1L, null, null, null), new CloseHub("HUB-LEIPZIG"),
                new CloseHub("OSLO"), new SetHubCapacity("HUB-LEIPZIG", 5, null)))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> {
                    // the closed hub is gone for the later changes too
                    assertThat(fields(e)).containsExactly("changes[2].hubId", "changes[3].hubId");
                    assertThat(e.errors().get(0).message()).startsWith("no hub 'OSLO' in the network");
                })
                .hasMessageStartingWith("changes[2].hubId: no hub 'OSLO' in the network");
    }

    @Test
    void changesAHubsCapacityKeepingWhatIsNotGiven() {
        ScenarioWorld parcelsOnly = apply(base, new SetHubCapacity("HUB-LEIPZIG", 250, null));
        ScenarioWorld both = apply(base, new AddHub(MALMO), new SetHubCapacity("HUB-MALMO", 0, 7L));

        assertThat(hub(parcelsOnly, "HUB-LEIPZIG").capacityParcels()).isEqualTo(250);
        assertThat(hub(parcelsOnly, "HUB-LEIPZIG").capacityVolumeCm3()).isEqualTo(100_000_000);
        assertThat(hub(parcelsOnly, "HUB-LEIPZIG").linehaul()).isEqualTo(SmallNetwork.LEIPZIG.linehaul());
        assertThat(hub(both, "HUB-MALMO").capacityParcels()).isZero();
        assertThat(hub(both, "HUB-MALMO").capacityVolumeCm3()).isEqualTo(7);
        assertThat(hub(both, "HUB-MALMO").customsClearanceCentsPerShipment()).isEqualTo(2_500);
    }

    @Test
    void rejectsInvalidCapacities() {
        assertThatThrownBy(() -> new SetHubCapacity("HUB-LEIPZIG", null, null))
                .isInstanceOfSatisfying(InvalidScenarioException.class,
                        e -> assertThat(fields(e)).containsExactly("capacityParcels"));
        assertThatThrownBy(() -> new SetHubCapacity("HUB-LEIPZIG", 1, -5L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacityVolumeCm3: must not be negative, was -5");
        assertThatThrownBy(() -> new SetHubCapacity(" ", 1, null)).hasMessage("hubId: must not be blank");
    }

    @Test
    void changesLinehaulDepartures() {
        ScenarioWorld varied = apply(base,
                new SetLinehaulDepartures("HUB-LEIPZIG", Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY)));

        Linehaul linehaul = hub(varied, "HUB-LEIPZIG").linehaul().orElseThrow();
        assertThat(linehaul.departureDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(linehaul.vehicleCostCents()).isEqualTo(30_000);
        assertThat(SmallNetwork.LEIPZIG.linehaul().orElseThrow().departureDays()).containsExactly(DayOfWeek.WEDNESDAY);
    }

    @Test
    void rejectsDeparturesOfAHubWithoutLinehaulAndEmptyDays() {
        Hub noTrucks = new Hub("HUB-LOCAL", "Local", MALMO.location(), 10, 10, 0, 0, Optional.empty(), false, 0);

        assertThatThrownBy(() -> apply(base, new AddHub(noTrucks),
                new SetLinehaulDepartures("HUB-LOCAL", Set.of(DayOfWeek.MONDAY))))
                .hasMessage("changes[1].hubId: hub 'HUB-LOCAL' has no linehaul, so no departures to change");
        assertThatThrownBy(() -> new SetLinehaulDepartures("HUB-LEIPZIG", Set.of()))
                .hasMessageStartingWith("departureDays:");
    }

    @Test
    void scalesEveryTariffOfACarrierRoundedToTheCent() {
        ScenarioWorld varied = apply(base, new ScaleCarrierTariffs("PAKET", new BigDecimal("1.08")));

        CarrierService drop = service(varied.network(), "PAKET-DROP");
        List<TariffBand> bands = drop.tariff().bandsByLane().get(new Lane("DE", "DE"));
        // 300 → 324, 600 → 648, 3,000 → 3,240; 2 ct/km × 1.08 rounds back to 2
        assertThat(bands).extracting(TariffBand::priceCents).containsExactly(324L, 648L, 3_240L);
        assertThat(drop.tariff().centsPerKm()).isEqualTo(2);
        assertThat(service(varied.network(), "CARGO-FREIGHT").tariff())
                .isEqualTo(service(base.network(), "CARGO-FREIGHT").tariff());
        assertThat(service(base.network(), "PAKET-DROP").tariff().bandsByLane().get(new Lane("DE", "DE")))
                .extracting(TariffBand::priceCents).containsExactly(300L, 600L, 3_000L);
        assertThat(new ScaleCarrierTariffs("PAKET", new BigDecimal("1.08")).describe())
                .isEqualTo("multiply the tariffs of carrier PAKET by 1.08 (+8 %)");
        assertThat(new ScaleCarrierTariffs("PAKET", new BigDecimal("0.9")).describe()).endsWith("(-10 %)");
    }

    @Test
    void scaledTariffsRaiseTheOptionsTransportCosts() {
        ScenarioWorld varied = apply(base, new ScaleCarrierTariffs("PAKET", new BigDecimal("2")));

        long before = enumerate(base).stream().mapToLong(o -> o.costs().transportCents()).sum();
        long after = enumerate(varied).stream().mapToLong(o -> o.costs().transportCents()).sum();
        assertThat(after).isGreaterThan(before * 3 / 2);
    }

    @Test
    void rejectsAnUnknownCarrierAndAnInvalidFactor() {
        assertThatThrownBy(() -> apply(base, new ScaleCarrierTariffs("FEDEX", BigDecimal.TEN)))
                .hasMessageStartingWith("changes[0].carrierId: no carrier 'FEDEX' in the network");
        assertThatThrownBy(() -> new ScaleCarrierTariffs("PAKET", BigDecimal.ZERO)).hasMessageStartingWith("factor:");
        assertThatThrownBy(() -> new ScaleCarrierTariffs("PAKET", null)).hasMessageStartingWith("factor:");
    }

    @Test
    void overridesMarketRulesAndKeepsTheRest() {
        ScenarioWorld varied = apply(base,
                new OverrideMarketRules("DE", 14, Set.of(FirstMileMode.DROP_OFF_POINT), null, null, null, null),
                new OverrideMarketRules("DE", null, null, Map.of(FirstMileMode.DROP_OFF_POINT, 150L), 5, 90L,
                        Set.of("books")));

        MarketRules de = varied.marketRules().forCountry("DE").orElseThrow();
        assertThat(de.returnWindowDays()).isEqualTo(14);
        assertThat(de.effectiveReturnWindowDays()).isEqualTo(14);
        assertThat(de.allowsMode(FirstMileMode.HOME_PICKUP)).isFalse();
        assertThat(de.allowsMode(FirstMileMode.DROP_OFF_POINT)).isTrue();
        assertThat(de.customerFeeCents(FirstMileMode.DROP_OFF_POINT)).isEqualTo(150);
        assertThat(de.customerFeeCents(FirstMileMode.HOME_PICKUP)).isEqualTo(300);
        assertThat(de.maxDaysToWarehouse()).isEqualTo(5);
        assertThat(de.customsCostPerParcelCents()).isEqualTo(90);
        assertThat(de.isReturnable("books")).isFalse();
        assertThat(de.isReturnable("food")).isTrue();
        assertThat(de.legalMinimumWindowDays()).isEqualTo(14);
        assertThat(de.countryCode()).isEqualTo("DE");
        assertThat(varied.marketRules().forCountry("FR")).isEmpty();
        assertThat(base.marketRules().forCountry("DE").orElseThrow()).isSameAs(GERMANY);
        assertThat(GERMANY.allowsMode(FirstMileMode.HOME_PICKUP)).isTrue();
        assertThat(enumerate(varied)).allSatisfy(o -> assertThat(o.mode()).isEqualTo(FirstMileMode.DROP_OFF_POINT));
    }

    @Test
    void rejectsAnUnknownMarketAndInvalidRuleValues() {
        assertThatThrownBy(() -> apply(base,
                new OverrideMarketRules("NO", 30, null, null, null, null, null)))
                .hasMessage("changes[0].market: no market 'NO'");
        assertThatThrownBy(() -> new OverrideMarketRules("DE", null, null, null, null, null, null))
                .hasMessageStartingWith("market:");
        assertThatThrownBy(() -> new OverrideMarketRules("de", 1, null, null, null, null, null))
                .hasMessageStartingWith("market:");
        assertThatThrownBy(() -> new OverrideMarketRules("DE", null, Set.of(), null, null, null, null))
                .hasMessageStartingWith("allowedModes:");
        assertThatThrownBy(() -> new OverrideMarketRules("DE", null, null, Map.of(FirstMileMode.STORE, -1L), null,
                null, null)).hasMessageStartingWith("customerFeesCents.STORE:");
        assertThatThrownBy(() -> new OverrideMarketRules("DE", null, null, null, 0, null, null))
                .hasMessageStartingWith("maxDaysToWarehouse:");
        assertThatThrownBy(() -> new OverrideMarketRules("DE", -1, null, null, null, null, null))
                .hasMessageStartingWith("returnWindowDays:");
    }

    @Test
    void changesSomeWeights() {
        ScenarioWorld varied = apply(base, new ChangeWeights(null, null, 20L, null),
                new ChangeWeights(5L, null, null, null));

        assertThat(varied.weights()).isEqualTo(new ScenarioWeights(5, 40, 20, 20));
        assertThat(base.weights()).isEqualTo(ScenarioWeights.DEFAULT);
        assertThatThrownBy(() -> new ChangeWeights(null, null, null, null)).isInstanceOf(InvalidScenarioException.class);
        assertThatThrownBy(() -> new ChangeWeights(null, null, -1L, null)).hasMessageStartingWith("co2CentsPerKg:");
    }

    @Test
    void leavesTheBaseWorldUntouched() {
        Network network = base.network();
        List<Hub> hubsBefore = List.copyOf(network.hubs());
        int capacityBefore = network.hubs().get(0).capacityParcels();
        List<CarrierService> servicesBefore = List.copyOf(network.services());
        var tariffsBefore = network.services().stream().map(CarrierService::tariff).toList();

        ScenarioWorld varied = apply(base, new AddHub(MALMO), new SetHubCapacity("HUB-LEIPZIG", 1, 1L),
                new SetLinehaulDepartures("HUB-LEIPZIG", Set.of(DayOfWeek.SUNDAY)),
                new ScaleCarrierTariffs("PAKET", new BigDecimal("1.5")), new CloseHub("HUB-MALMO"),
                new OverrideMarketRules("DE", 1, null, null, null, null, null), new ChangeWeights(0L, 0L, 0L, 0L));

        assertThat(base.network()).isSameAs(network);
        assertThat(network.hubs()).isEqualTo(hubsBefore);
        assertThat(network.hubs().get(0)).isSameAs(SmallNetwork.LEIPZIG);
        assertThat(network.hubs().get(0).capacityParcels()).isEqualTo(capacityBefore);
        assertThat(network.services()).isEqualTo(servicesBefore);
        assertThat(network.services().stream().map(CarrierService::tariff).toList()).isEqualTo(tariffsBefore);
        assertThat(base.weights()).isEqualTo(ScenarioWeights.DEFAULT);
        assertThat(base.marketRules().forCountry("DE").orElseThrow().returnWindowDays()).isEqualTo(30);
        assertThat(varied.network().hubs()).extracting(Hub::capacityParcels).containsExactly(1);
        assertThat(varied.network().dropOffPoints()).isEqualTo(network.dropOffPoints());
    }

    @Test
    void aScenarioWithoutChangesIsTheBase() {
        ScenarioWorld same = ScenarioApplier.apply(new Scenario("base", "", List.of()), base);

        assertThat(same.network()).isEqualTo(base.network());
        assertThat(same.marketRules()).isSameAs(base.marketRules());
        assertThat(same.weights()).isEqualTo(base.weights());
    }

    private static CarrierService service(Network network, String id) {
        return network.services().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<RouteOption> enumerate(ScenarioWorld world) {
        RouteOptionEnumerator enumerator = new RouteOptionEnumerator(world.network(), world.weights(),
                EnumerationLimits.DEFAULT, RoadDistance.EUROPE);
        CustomerReturn ret = SmallNetwork.customerReturn("R1", 3, SmallNetwork.shirt());
        ParcelSpec spec = ParcelSpec.of(HandlingClass.PARCEL, ret.items(), new Dimensions(30, 25, 5));
        MarketRules rules = world.marketRules().forCountry("DE").orElseThrow();
        return enumerator.enumerate("R1-P1", ret, rules, spec).eligible();
    }

}
