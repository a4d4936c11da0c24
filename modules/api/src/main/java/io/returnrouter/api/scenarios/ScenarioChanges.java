package io.returnrouter.api.scenarios;

import io.returnrouter.api.Money;
import io.returnrouter.api.scenarios.ScenarioRequestDto.ChangeDto;
import io.returnrouter.api.scenarios.ScenarioRequestDto.HubDto;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Linehaul;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.scenario.InvalidScenarioException;
import io.returnrouter.core.scenario.Scenario;
import io.returnrouter.core.scenario.ScenarioChange;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Maps the JSON changes to the core's scenario changes; every missing field is named as changes[i].field. */
public final class ScenarioChanges {

    private static final BigDecimal CM3_PER_M3 = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1_000);

    private ScenarioChanges() {
    }

    public static List<ScenarioChange> toDomain(List<ChangeDto> changes) {
        List<Supplier<ScenarioChange>> makers = changes.stream().map(c -> (Supplier<ScenarioChange>) () -> toDomain(c)).toList();
        return Scenario.buildChanges(makers);
    }

    private static ScenarioChange toDomain(ChangeDto c) {
        return switch (c.type()) {
            case "ADD_HUB" -> new ScenarioChange.AddHub(hub(required(c.hub(), "hub", c)));
            case "CLOSE_HUB" -> new ScenarioChange.CloseHub(required(c.hubId(), "hubId", c));
            case "SET_HUB_CAPACITY" -> new ScenarioChange.SetHubCapacity(required(c.hubId(), "hubId", c),
                    c.capacityParcels(), c.capacityVolumeM3() == null ? null : cm3(c.capacityVolumeM3()));
            case "SET_LINEHAUL_DEPARTURES" -> new ScenarioChange.SetLinehaulDepartures(required(c.hubId(), "hubId", c),
                    days(required(c.departureDays(), "departureDays", c)));
            case "SCALE_CARRIER_TARIFFS" -> new ScenarioChange.ScaleCarrierTariffs(required(c.carrierId(), "carrierId", c),
                    required(c.factor(), "factor", c));
            case "OVERRIDE_MARKET_RULES" -> new ScenarioChange.OverrideMarketRules(required(c.market(), "market", c),
                    c.returnWindowDays(),
                    c.allowedModes() == null ? null : modes(c.allowedModes()),
                    c.customerFeesEur() == null ? null : fees(c.customerFeesEur()),
                    c.maxDaysToWarehouse(),
                    c.customsCostPerParcelEur() == null ? null : Money.cents(c.customsCostPerParcelEur()),
                    c.nonReturnableCategories() == null ? null : new HashSet<>(c.nonReturnableCategories()));
            case "CHANGE_WEIGHTS" -> new ScenarioChange.ChangeWeights(c.delayCentsPerDay(), c.exchangeDelayCentsPerDay(),
                    c.co2CentsPerKg(), c.detourCentsPerKm());
            default -> throw InvalidScenarioException.of("type", "unknown change type " + c.type());
        };
    }

    private static Hub hub(HubDto h) {
        var l = h.linehaul();
        Linehaul linehaul = new Linehaul(l.warehouseId(), days(l.departureDays()), Money.cents(l.vehicleCostEur()),
                cm3(l.vehicleVolumeM3()), l.transitDays(),
                l.co2KgPerVehicleKm().multiply(GRAMS_PER_KG).longValue());
        return new Hub(h.id(), h.name(),
                Location.of(h.lat().doubleValue(), h.lon().doubleValue(), h.country(), h.postalCode() == null ? "" : h.postalCode()),
                h.capacityParcels(), cm3(h.capacityVolumeM3()), Money.cents(h.handlingEurPerParcel()),
                Money.cents(h.fixedCostEurPerPeriod()), Optional.of(linehaul), h.outsideCustomsUnion(),
                h.customsClearanceEurPerShipment() == null ? 0 : Money.cents(h.customsClearanceEurPerShipment()));
    }

    private static <T> T required(T value, String field, ChangeDto c) {
        if (value == null) {
            throw InvalidScenarioException.of(field, "is required for " + c.type());
        }
        return value;
    }

    private static long cm3(BigDecimal m3) {
        return m3.multiply(CM3_PER_M3).longValue();
    }

    private static Set<DayOfWeek> days(List<String> days) {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(d -> set.add(DayOfWeek.valueOf(d)));
        return set;
    }

    private static Set<FirstMileMode> modes(List<String> modes) {
        Set<FirstMileMode> set = EnumSet.noneOf(FirstMileMode.class);
        modes.forEach(m -> set.add(FirstMileMode.valueOf(m)));
        return set;
    }

    private static Map<FirstMileMode, Long> fees(Map<String, BigDecimal> fees) {
        Map<FirstMileMode, Long> map = new EnumMap<>(FirstMileMode.class);
        fees.forEach((mode, eur) -> map.put(FirstMileMode.valueOf(mode), Money.cents(eur)));
        return map;
    }
}
