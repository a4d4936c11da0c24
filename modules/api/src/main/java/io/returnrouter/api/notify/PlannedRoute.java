package io.returnrouter.api.notify;

import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.spi.ModuleRegistry;
import io.returnrouter.persistence.notify.Plan;
import io.returnrouter.persistence.notify.StoredQuote;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What a confirmed route planned, read from the stored quote and the chosen options: the carrier
 * and hub of the (first) parcel, the last hand-in day, the hub arrival (last hand-in day plus the first
 * mile's transit: the lane's measured median where {@link MeasuredTransit} has one, else the
 * carrier's nominal days) and the warehouse arrival (the request day plus the option's days to
 * the warehouse, as the quote computed them).
 */
public final class PlannedRoute {

    private PlannedRoute() {
    }

    /** @param measured the lanes measured well enough now (none when switched off) */
    public static Plan of(StoredQuote quote, ModuleRegistry registry, MeasuredTransit measured) {
        JsonObject response = read(quote.responseJson());
        JsonObject option = chosenOption(response, quote);
        if (option == null) {
            return Plan.UNKNOWN;
        }
        LocalDate requestedOn = requestedOn(quote, response);
        String carrier = text(option, "carrier");
        JsonObject destination = option.containsKey("destination") && option.get("destination") instanceof JsonObject d
                ? d : null;
        String hub = destination != null && "CONSOLIDATION_HUB".equals(text(destination, "type"))
                ? text(destination, "id") : null;
        LocalDate handInOn = day(option, "handInOn");
        LocalDate handInBy = Optional.ofNullable(day(option, "handInBy")).orElse(handInOn);
        LocalDate warehouse = requestedOn == null || !option.containsKey("daysToWarehouse") ? null
                : requestedOn.plusDays(option.getInt("daysToWarehouse"));
        // Counted from the last hand-in day, as the plan's hand-in is: the expectation is then the
        // actual hand-in plus exactly the first mile's days (Expectations.hub).
        LocalDate hubDay = hub == null || handInBy == null ? null
                : measured.sample(carrier, quote.market(), hub).map(MeasuredTransit.Sample::days)
                .or(() -> firstMileDays(registry, carrier, text(option, "service"))).map(handInBy::plusDays)
                .orElse(null);
        return new Plan(carrier, hub, handInBy, hubDay, warehouse);
    }

    private static Optional<Integer> firstMileDays(ModuleRegistry registry, String carrier, String service) {
        if (registry == null || carrier == null) {
            return Optional.empty();
        }
        return registry.carrier(carrier).flatMap(m -> m.services().stream()
                .filter(s -> s.id().equals(service)).findFirst()).map(CarrierService::transitDays);
    }

    private static JsonObject chosenOption(JsonObject response, StoredQuote quote) {
        if (!response.containsKey("parcels")) {
            return null;
        }
        for (JsonValue parcel : response.getJsonArray("parcels")) {
            for (JsonValue option : parcel.asJsonObject().getJsonArray("options")) {
                JsonObject o = option.asJsonObject();
                if (quote.chosenOptionIds().contains(text(o, "optionId"))) {
                    return o;
                }
            }
        }
        return null;
    }

    private static LocalDate requestedOn(StoredQuote quote, JsonObject response) {
        LocalDate requested = day(read(quote.requestJson()), "requestedOn");
        if (requested != null) {
            return requested;
        }
        String quotedAt = text(response, "quotedAt");
        return quotedAt == null ? null : LocalDate.ofInstant(Instant.parse(quotedAt), ZoneOffset.UTC);
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }

    private static LocalDate day(JsonObject o, String key) {
        String value = text(o, key);
        return value == null ? null : LocalDate.parse(value);
    }
}
