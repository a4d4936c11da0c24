package io.returnrouter.core.scenario;

import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.Linehaul;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.model.Tariff;
import io.returnrouter.core.model.TariffBand;
import io.returnrouter.core.model.Warehouse;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.MarketRulesSource;
import io.returnrouter.core.scenario.ScenarioChange.AddHub;
import io.returnrouter.core.scenario.ScenarioChange.ChangeWeights;
import io.returnrouter.core.scenario.ScenarioChange.CloseHub;
import io.returnrouter.core.scenario.ScenarioChange.OverrideMarketRules;
import io.returnrouter.core.scenario.ScenarioChange.ScaleCarrierTariffs;
import io.returnrouter.core.scenario.ScenarioChange.SetHubCapacity;
import io.returnrouter.core.scenario.ScenarioChange.SetLinehaulDepartures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies a scenario's changes in order to a base world and returns the varied world. The base is
 * never changed (every part of it is immutable; the varied world holds new records where a change
 * applies and shares the rest), so one base can serve concurrent requests. Every invalid change is
 * reported at once, as {@code changes[i].field}, in an {@link InvalidScenarioException}. Stateless
 * and thread-safe.
 */
public final class ScenarioApplier {

    private ScenarioApplier() {
    }

    public static ScenarioWorld apply(Scenario scenario, ScenarioWorld base) {
        Objects.requireNonNull(scenario, "scenario");
        return apply(scenario.changes(), base);
    }

    public static ScenarioWorld apply(List<ScenarioChange> changes, ScenarioWorld base) {
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(base, "base");
        Work work = new Work(base);
        List<FieldError> errors = new ArrayList<>();
        for (int k = 0; k < changes.size(); k++) {
            String at = "changes[" + k + "]";
            ScenarioChange change = changes.get(k);
            if (change == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            try {
                work.apply(change);
            } catch (InvalidScenarioException e) {
                errors.addAll(e.prefixed(at).errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidScenarioException(errors);
        }
        return work.result();
    }

    /** The world under construction; only this applier's own maps change. */
    private static final class Work {
        final Network network;
        final MarketRulesSource baseRules;
        final Map<String, Hub> hubs = new LinkedHashMap<>();
        final List<CarrierService> services;
        final Map<String, MarketRules> overriddenRules = new HashMap<>();
        ScenarioWeights weights;

        Work(ScenarioWorld base) {
            this.network = base.network();
            this.baseRules = base.marketRules();
            base.network().hubs().forEach(h -> hubs.put(h.id(), h));
            this.services = new ArrayList<>(base.network().services());
            this.weights = base.weights();
        }

        void apply(ScenarioChange change) {
            if (change instanceof AddHub c) {
                addHub(c);
            } else if (change instanceof CloseHub c) {
                hubs.remove(existingHub(c.hubId()).id());
            } else if (change instanceof SetHubCapacity c) {
                setCapacity(c);
            } else if (change instanceof SetLinehaulDepartures c) {
                setDepartures(c);
            } else if (change instanceof ScaleCarrierTariffs c) {
                scaleTariffs(c);
            } else if (change instanceof OverrideMarketRules c) {
                overrideRules(c);
            } else if (change instanceof ChangeWeights c) {
                weights = new ScenarioWeights(
                        c.delayCentsPerDay() != null ? c.delayCentsPerDay() : weights.delayCentsPerDay(),
                        c.exchangeDelayCentsPerDay() != null ? c.exchangeDelayCentsPerDay()
                                : weights.exchangeDelayCentsPerDay(),
                        c.co2CentsPerKg() != null ? c.co2CentsPerKg() : weights.co2CentsPerKg(),
                        c.detourCentsPerKm() != null ? c.detourCentsPerKm() : weights.detourCentsPerKm());
            } else {
                throw new IllegalStateException("unknown scenario change " + change.getClass());
            }
        }

        private void addHub(AddHub c) {
            Hub hub = c.hub();
            if (hubs.containsKey(hub.id())) {
                throw InvalidScenarioException.of("hub.id", "hub '" + hub.id() + "' is already in the network");
            }
            Optional<Linehaul> linehaul = hub.linehaul();
            if (linehaul.isPresent() && network.warehouse(linehaul.get().warehouseId()).isEmpty()) {
                throw InvalidScenarioException.of("hub.linehaul.warehouseId", "no warehouse '"
                        + linehaul.get().warehouseId() + "' in the network (warehouses: "
                        + network.warehouses().stream().map(Warehouse::id).collect(Collectors.joining(", ")) + ")");
            }
            hubs.put(hub.id(), hub);
        }

        private void setCapacity(SetHubCapacity c) {
            Hub hub = existingHub(c.hubId());
            hubs.put(hub.id(), withCapacityAndLinehaul(hub,
                    c.capacityParcels() != null ? c.capacityParcels() : hub.capacityParcels(),
                    c.capacityVolumeCm3() != null ? c.capacityVolumeCm3() : hub.capacityVolumeCm3(),
                    hub.linehaul()));
        }

        private void setDepartures(SetLinehaulDepartures c) {
            Hub hub = existingHub(c.hubId());
            Linehaul old = hub.linehaul().orElseThrow(() -> InvalidScenarioException.of("hubId",
                    "hub '" + hub.id() + "' has no linehaul, so no departures to change"));
            Linehaul changed = new Linehaul(old.warehouseId(), c.departureDays(), old.vehicleCostCents(),
                    old.vehicleVolumeCm3(), old.transitDays(), old.co2GramsPerVehicleKm());
            hubs.put(hub.id(), withCapacityAndLinehaul(hub, hub.capacityParcels(), hub.capacityVolumeCm3(),
                    Optional.of(changed)));
        }

        private void scaleTariffs(ScaleCarrierTariffs c) {
            boolean found = false;
            for (int k = 0; k < services.size(); k++) {
                CarrierService s = services.get(k);
                if (!s.carrierId().equals(c.carrierId())) {
                    continue;
                }
                found = true;
                Tariff scaled;
                try {
                    scaled = scaled(s.tariff(), c.factor());
                } catch (ArithmeticException e) {
                    throw InvalidScenarioException.of("factor", "scaling the tariff of service " + s.id()
                            + " by " + c.factor() + " overflows");
                }
                services.set(k, new CarrierService(s.id(), s.carrierId(), s.mode(), s.countriesServed(), s.limits(),
                        s.acceptsHazardous(), scaled, s.transitDays(), s.pickupSlotsPerDayPerRegion(),
                        s.co2MilligramsPerParcelKm()));
            }
            if (!found) {
                throw InvalidScenarioException.of("carrierId", "no carrier '" + c.carrierId()
                        + "' in the network (carriers: " + services.stream().map(CarrierService::carrierId)
                        .distinct().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }

        private void overrideRules(OverrideMarketRules c) {
            MarketRules current = overriddenRules.containsKey(c.market()) ? overriddenRules.get(c.market())
                    : baseRules.forCountry(c.market()).orElseThrow(() -> InvalidScenarioException.of("market",
                            "no market '" + c.market() + "'"));
            overriddenRules.put(c.market(), new OverriddenMarketRules(current, c));
        }

        private Hub existingHub(String id) {
            Hub hub = hubs.get(id);
            if (hub == null) {
                throw InvalidScenarioException.of("hubId", "no hub '" + id + "' in the network (hubs: "
                        + String.join(", ", hubs.keySet()) + ")");
            }
            return hub;
        }

        ScenarioWorld result() {
            Network varied = new Network(network.dropOffPoints(), List.copyOf(hubs.values()), network.warehouses(),
                    network.stores(), services);
            MarketRulesSource rules = baseRules;
            if (!overriddenRules.isEmpty()) {
                Map<String, MarketRules> overrides = Map.copyOf(overriddenRules);
                MarketRulesSource underlying = baseRules;
                rules = country -> overrides.containsKey(country) ? Optional.of(overrides.get(country))
                        : underlying.forCountry(country);
            }
            return new ScenarioWorld(varied, rules, weights);
        }
    }

    private static Hub withCapacityAndLinehaul(Hub hub, int capacityParcels, long capacityVolumeCm3,
                                               Optional<Linehaul> linehaul) {
        return new Hub(hub.id(), hub.name(), hub.location(), capacityParcels, capacityVolumeCm3,
                hub.handlingCentsPerParcel(), hub.fixedCostCentsPerPeriod(), linehaul, hub.outsideCustomsUnion(),
                hub.customsClearanceCentsPerShipment());
    }

    /** Every band's price and the price per km times the factor, rounded half up to the cent. */
    static Tariff scaled(Tariff tariff, BigDecimal factor) {
        Map<Lane, List<TariffBand>> bands = new HashMap<>();
        tariff.bandsByLane().forEach((lane, laneBands) -> bands.put(lane, laneBands.stream()
                .map(b -> new TariffBand(b.maxWeightGrams(), scale(b.priceCents(), factor)))
                .toList()));
        return new Tariff(bands, scale(tariff.centsPerKm(), factor), tariff.transitDaysByLane());
    }

    private static long scale(long cents, BigDecimal factor) {
        return BigDecimal.valueOf(cents).multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
