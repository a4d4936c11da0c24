package io.returnrouter.core.scenario;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One change of a {@link Scenario}. Each kind is a record that checks its own values (an
 * {@link InvalidScenarioException} naming the record's field); whether its ids exist is checked by
 * {@link ScenarioApplier} against the world it is applied to.
 */
public sealed interface ScenarioChange {

    /** One line for listings, e.g. "close hub HUB-MALMO". */
    String describe();

    /** Adds a hub; its id must be new and its linehaul must go to a warehouse of the network. */
    record AddHub(Hub hub) implements ScenarioChange {

        public AddHub {
            if (hub == null) {
                throw InvalidScenarioException.of("hub", "must not be null");
            }
        }

        @Override
        public String describe() {
            return "add hub " + hub.id() + (hub.name().equals(hub.id()) ? "" : " (" + hub.name() + ")");
        }
    }

    /**
     * Closes (removes) a hub: no parcel can be routed through it. Closing and removing are the same
     * for planning.
     */
    record CloseHub(String hubId) implements ScenarioChange {

        public CloseHub {
            requireText(hubId, "hubId");
        }

        @Override
        public String describe() {
            return "close hub " + hubId;
        }
    }

    /**
     * Sets a hub's capacity per planning period.
     *
     * @param capacityParcels   null keeps the hub's
     * @param capacityVolumeCm3 null keeps the hub's; at least one of the two is given
     */
    record SetHubCapacity(String hubId, Integer capacityParcels, Long capacityVolumeCm3) implements ScenarioChange {

        public SetHubCapacity {
            requireText(hubId, "hubId");
            if (capacityParcels == null && capacityVolumeCm3 == null) {
                throw InvalidScenarioException.of("capacityParcels", "give capacityParcels, capacityVolumeCm3 or both");
            }
            requireNonNegative(capacityParcels, "capacityParcels");
            requireNonNegative(capacityVolumeCm3, "capacityVolumeCm3");
        }

        @Override
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (capacityParcels != null) {
                parts.add(format(capacityParcels) + " parcels");
            }
            if (capacityVolumeCm3 != null) {
                parts.add(format(capacityVolumeCm3) + " cm3");
            }
            return "set the capacity of hub " + hubId + " to " + String.join(" and ", parts);
        }
    }

    /** Sets the days on which a hub's linehaul trucks leave; the hub must have a linehaul. */
    record SetLinehaulDepartures(String hubId, Set<DayOfWeek> departureDays) implements ScenarioChange {

        public SetLinehaulDepartures {
            requireText(hubId, "hubId");
            if (departureDays == null || departureDays.isEmpty() || hasNull(departureDays)) {
                throw InvalidScenarioException.of("departureDays", "must name at least one day of the week");
            }
            departureDays = Collections.unmodifiableSet(EnumSet.copyOf(departureDays));
        }

        @Override
        public String describe() {
            return "set the linehaul departures of hub " + hubId + " to "
                    + departureDays.stream().map(DayOfWeek::name).collect(Collectors.joining(", "));
        }
    }

    /**
     * Multiplies every price of every service of a carrier (weight bands and the price per km) by a
     * factor, rounded half up to the cent: 1.08 is "+8 %". A price per km of a few cents changes
     * only when the factor moves it by half a cent or more.
     *
     * @param factor in (0, 100]
     */
    record ScaleCarrierTariffs(String carrierId, BigDecimal factor) implements ScenarioChange {

        private static final BigDecimal MAX_FACTOR = BigDecimal.valueOf(100);

        public ScaleCarrierTariffs {
            requireText(carrierId, "carrierId");
            if (factor == null || factor.signum() <= 0 || factor.compareTo(MAX_FACTOR) > 0) {
                throw InvalidScenarioException.of("factor", "must be above 0 and at most 100, was " + factor);
            }
        }

        /** The change in percent, e.g. 8.00 for a factor of 1.08. */
        public BigDecimal percentChange() {
            return factor.subtract(BigDecimal.ONE).movePointRight(2);
        }

        @Override
        public String describe() {
            BigDecimal percent = percentChange().stripTrailingZeros();
            return "multiply the tariffs of carrier " + carrierId + " by " + factor.toPlainString() + " ("
                    + (percent.signum() >= 0 ? "+" : "") + percent.toPlainString() + " %)";
        }
    }

    /**
     * Overrides rules of a market; null keeps the market's value, at least one is given.
     *
     * @param customerFeesCents fees of the modes listed; other modes keep theirs
     */
    record OverrideMarketRules(String market, Integer returnWindowDays, Set<FirstMileMode> allowedModes,
                               Map<FirstMileMode, Long> customerFeesCents, Integer maxDaysToWarehouse,
                               Long customsCostPerParcelCents, Set<String> nonReturnableCategories)
            implements ScenarioChange {

        public OverrideMarketRules {
            if (market == null || !market.matches("[A-Z]{2}")) {
                throw InvalidScenarioException.of("market",
                        "must be an ISO 3166-1 alpha-2 code in upper case (e.g. DK), was " + market);
            }
            if (returnWindowDays == null && allowedModes == null && customerFeesCents == null
                    && maxDaysToWarehouse == null && customsCostPerParcelCents == null
                    && nonReturnableCategories == null) {
                throw InvalidScenarioException.of("market", "override at least one rule of market " + market);
            }
            requireNonNegative(returnWindowDays, "returnWindowDays");
            if (allowedModes != null) {
                if (allowedModes.isEmpty() || hasNull(allowedModes)) {
                    throw InvalidScenarioException.of("allowedModes", "must allow at least one first-mile mode");
                }
                allowedModes = Collections.unmodifiableSet(EnumSet.copyOf(allowedModes));
            }
            if (customerFeesCents != null) {
                for (Map.Entry<FirstMileMode, Long> fee : customerFeesCents.entrySet()) {
                    if (fee.getKey() == null) {
                        throw InvalidScenarioException.of("customerFeesCents", "a fee needs a first-mile mode");
                    }
                    if (fee.getValue() == null || fee.getValue() < 0) {
                        throw InvalidScenarioException.of("customerFeesCents." + fee.getKey(),
                                "must not be negative, was " + fee.getValue());
                    }
                }
                customerFeesCents = customerFeesCents.isEmpty() ? Map.of()
                        : Collections.unmodifiableMap(new EnumMap<>(customerFeesCents));
            }
            if (maxDaysToWarehouse != null && maxDaysToWarehouse <= 0) {
                throw InvalidScenarioException.of("maxDaysToWarehouse", "must be positive, was " + maxDaysToWarehouse);
            }
            requireNonNegative(customsCostPerParcelCents, "customsCostPerParcelCents");
            if (nonReturnableCategories != null) {
                if (nonReturnableCategories.stream().anyMatch(c -> c == null || c.isBlank())) {
                    throw InvalidScenarioException.of("nonReturnableCategories", "must not contain a blank category");
                }
                nonReturnableCategories = Collections.unmodifiableSet(new TreeSet<>(nonReturnableCategories));
            }
        }

        @Override
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (returnWindowDays != null) {
                parts.add("return window " + returnWindowDays + " days");
            }
            if (allowedModes != null) {
                parts.add("allowed modes " + allowedModes.stream().map(Enum::name).collect(Collectors.joining(", ")));
            }
            if (customerFeesCents != null) {
                customerFeesCents.forEach((mode, fee) -> parts.add("fee " + mode + " " + fee + " ct"));
            }
            if (maxDaysToWarehouse != null) {
                parts.add("max " + maxDaysToWarehouse + " days to warehouse");
            }
            if (customsCostPerParcelCents != null) {
                parts.add("customs " + customsCostPerParcelCents + " ct per parcel");
            }
            if (nonReturnableCategories != null) {
                parts.add("non-returnable " + (nonReturnableCategories.isEmpty() ? "none"
                        : String.join(", ", nonReturnableCategories)));
            }
            return "override market " + market + ": " + String.join("; ", parts);
        }
    }

    /** Changes the scenario's weights; null keeps a weight, at least one is given. */
    record ChangeWeights(Long delayCentsPerDay, Long exchangeDelayCentsPerDay, Long co2CentsPerKg,
                         Long detourCentsPerKm) implements ScenarioChange {

        public ChangeWeights {
            if (delayCentsPerDay == null && exchangeDelayCentsPerDay == null && co2CentsPerKg == null
                    && detourCentsPerKm == null) {
                throw InvalidScenarioException.of("delayCentsPerDay", "change at least one weight");
            }
            requireNonNegative(delayCentsPerDay, "delayCentsPerDay");
            requireNonNegative(exchangeDelayCentsPerDay, "exchangeDelayCentsPerDay");
            requireNonNegative(co2CentsPerKg, "co2CentsPerKg");
            requireNonNegative(detourCentsPerKm, "detourCentsPerKm");
        }

        @Override
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (delayCentsPerDay != null) {
                parts.add("delay " + delayCentsPerDay + " ct/day");
            }
            if (exchangeDelayCentsPerDay != null) {
                parts.add("exchange delay " + exchangeDelayCentsPerDay + " ct/day");
            }
            if (co2CentsPerKg != null) {
                parts.add("CO2 " + co2CentsPerKg + " ct/kg");
            }
            if (detourCentsPerKm != null) {
                parts.add("detour " + detourCentsPerKm + " ct/km");
            }
            return "change weights: " + String.join(", ", parts);
        }
    }

    private static boolean hasNull(Iterable<?> values) {
        for (Object value : values) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidScenarioException.of(field, "must not be blank");
        }
    }

    private static void requireNonNegative(Number value, String field) {
        if (value != null && value.longValue() < 0) {
            throw InvalidScenarioException.of(field, "must not be negative, was " + value);
        }
    }

    private static String format(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }
}
