package io.returnrouter.carriers.support;

import io.returnrouter.core.model.DropOffPointType;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.ServiceMode;
import io.returnrouter.plugin.support.DataNode;
import io.returnrouter.plugin.support.Settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a carrier.json and checks it; every error names the file and the dotted field. Sample
 * prices are replaced by configured ones where the operator set
 * {@code returnrouter.tariff.<serviceId>.<FROM>-<TO>.<maxWeightGrams>} (or {@code .perCubicMetre}).
 */
public final class CarrierDefinitionReader {

    private CarrierDefinitionReader() {
    }

    public static CarrierDefinition read(DataNode root, Settings settings) {
        String id = root.text("id");
        List<ServiceDefinition> services = new ArrayList<>();
        for (DataNode service : root.objects("services")) {
            services.add(readService(service, settings));
        }
        List<PointKind> kinds = new ArrayList<>();
        for (DataNode kind : root.objects("pointKinds")) {
            kinds.add(kind.checked("type", () -> new PointKind(kind.enumValue("type", DropOffPointType.class),
                    Set.copyOf(kind.texts("countries")), limits(kind.object("limits")),
                    kind.longValue("minPopulation", 1, Long.MAX_VALUE),
                    kind.longValue("inhabitantsPerPoint", 1, Long.MAX_VALUE), kind.integer("maxPerCity", 1, 1_000),
                    kind.integer("dailyCapacity", 1, 1_000_000))));
        }
        return root.checked("services", () -> new CarrierDefinition(id, root.text("name"), root.text("dataNote"),
                services, kinds));
    }

    static PublishedLimits limits(DataNode limits) {
        int[] box = {0, 0, 0};
        if (limits.has("boxMm")) {
            List<Integer> sides = limits.integers("boxMm", 1, 100_000);
            if (sides.size() != 3) {
                throw limits.error("boxMm", "must list three sides, was " + sides);
            }
            box = sides.stream().sorted((a, b) -> b - a).mapToInt(Integer::intValue).toArray();
        }
        int[] sorted = box;
        return limits.checked("maxWeightGrams", () -> new PublishedLimits(sorted[0], sorted[1], sorted[2],
                limits.has("maxLengthMm") ? limits.integer("maxLengthMm", 1, 100_000) : 0,
                limits.has("maxLengthPlusGirthMm") ? limits.integer("maxLengthPlusGirthMm", 1, 100_000) : 0,
                limits.integer("maxWeightGrams", 1, 10_000_000)));
    }

    private static ServiceDefinition readService(DataNode service, Settings settings) {
        String serviceId = service.text("id");
        Map<Lane, LaneTariff> lanes = new LinkedHashMap<>();
        for (DataNode lane : service.objects("lanes")) {
            LaneTariff tariff = readLane(serviceId, lane, settings);
            if (lanes.put(tariff.lane(), tariff) != null) {
                throw lane.error("from", "lane " + lane.text("from") + "-" + lane.text("to") + " is listed twice");
            }
        }
        return service.checked("id", () -> new ServiceDefinition(serviceId, service.text("name"),
                service.enumValue("mode", ServiceMode.class), Set.copyOf(service.texts("countries")),
                limits(service.object("limits")), service.bool("acceptsHazardous"),
                service.integer("transitDays", 0, 30), service.integer("pickupSlotsPerDayPerRegion", 0, 10_000),
                service.longValue("co2MilligramsPerParcelKm", 0, 10_000_000), lanes));
    }

    private static LaneTariff readLane(String serviceId, DataNode lane, Settings settings) {
        Lane route = lane.checked("from", () -> new Lane(lane.text("from"), lane.text("to")));
        String prefix = "returnrouter.tariff." + serviceId + "." + route.originCountry() + "-"
                + route.destinationCountry() + ".";
        Currency currency = currency(lane);
        // Domestic, cross-border and customs lanes differ: the lane's own days, else the service's.
        OptionalInt transitDays = lane.has("transitDays") ? OptionalInt.of(lane.integer("transitDays", 0, 30))
                : OptionalInt.empty();
        if (lane.has("pricePerCubicMetre")) {
            BigDecimal perCubicMetre = configured(settings, prefix + "perCubicMetre",
                    lane.decimal("pricePerCubicMetre", BigDecimal.ZERO));
            return lane.checked("pricePerCubicMetre", () -> new LaneTariff(route, currency, List.of(), perCubicMetre,
                    lane.decimal("minimumCubicMetres", BigDecimal.ZERO),
                    lane.integer("assumedKgPerCubicMetre", 1, 10_000), transitDays));
        }
        List<PriceBand> bands = new ArrayList<>();
        for (DataNode band : lane.objects("bands")) {
            int maxWeight = band.integer("maxWeightGrams", 1, 10_000_000);
            BigDecimal price = configured(settings, prefix + maxWeight, band.decimal("price", BigDecimal.ZERO));
            bands.add(band.checked("price", () -> new PriceBand(maxWeight, price)));
        }
        return lane.checked("bands", () -> new LaneTariff(route, currency, bands, null, null, 0, transitDays));
    }

    private static BigDecimal configured(Settings settings, String key, BigDecimal sample) {
        return settings.get(key).map(text -> {
            try {
                BigDecimal value = new BigDecimal(text);
                if (value.signum() < 0) {
                    throw new IllegalArgumentException("setting " + key + " must not be negative, was " + text);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("setting " + key + " must be a decimal number, was \"" + text + "\"");
            }
        }).orElse(sample);
    }

    private static Currency currency(DataNode lane) {
        String code = lane.text("currency");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw lane.error("currency", "must be an ISO 4217 code, was \"" + code + "\"");
        }
    }
}
