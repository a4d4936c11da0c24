package io.returnrouter.api.rules;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.markets.support.MarketDefinition;
import io.returnrouter.markets.support.ShopPolicy;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A shop policy as stored in {@code market_rules_version.rules_json} and shown by the API: the
 * same shape as {@code shopPolicy} in a market module's market.json.
 */
final class PolicyJson {

    private PolicyJson() {
    }

    static JsonObject toJson(ShopPolicy p) {
        JsonArrayBuilder modes = Json.createArrayBuilder();
        new TreeSet<>(p.allowedModes().stream().map(Enum::name).toList()).forEach(modes::add);
        JsonArrayBuilder categories = Json.createArrayBuilder();
        new TreeSet<>(p.nonReturnableCategories()).forEach(categories::add);
        JsonObjectBuilder fees = Json.createObjectBuilder();
        new TreeMap<>(p.customerFeesCents()).forEach((mode, cents) -> fees.add(mode.name(), cents));
        return Json.createObjectBuilder()
                .add("returnWindowDays", p.returnWindowDays())
                .add("allowedModes", modes)
                .add("nonReturnableCategories", categories)
                .add("customerFeeCents", fees)
                .add("freeForExchanges", p.freeForExchanges())
                .add("bulkyPickupOnly", p.bulkyPickupOnly())
                .add("refundDays", p.refundDays())
                .add("inspectionDays", p.inspectionDays())
                .add("guaranteeMonths", p.guaranteeMonths())
                .add("customerFeeCurrency", p.feeCurrency().getCurrencyCode())
                .build();
    }

    /**
     * @param market what versions stored before the guarantee and the fee currency were editable
     *               mean: the legal guarantee and the market's currency
     */
    static ShopPolicy fromJson(String json, MarketDefinition market) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        Set<FirstMileMode> modes = EnumSet.noneOf(FirstMileMode.class);
        o.getJsonArray("allowedModes").getValuesAs(JsonString.class)
                .forEach(s -> modes.add(FirstMileMode.valueOf(s.getString())));
        Set<String> categories = new TreeSet<>();
        o.getJsonArray("nonReturnableCategories").getValuesAs(JsonString.class).forEach(s -> categories.add(s.getString()));
        Map<FirstMileMode, Long> fees = new EnumMap<>(FirstMileMode.class);
        o.getJsonObject("customerFeeCents").forEach((mode, cents) ->
                fees.put(FirstMileMode.valueOf(mode), ((JsonNumber) cents).longValueExact()));
        return new ShopPolicy(o.getInt("returnWindowDays"), modes, categories, fees, o.getBoolean("freeForExchanges"),
                o.getBoolean("bulkyPickupOnly"), o.getInt("refundDays"), o.getInt("inspectionDays"),
                o.getInt("guaranteeMonths", market.floor().guarantee().months()),
                Currency.getInstance(o.getString("customerFeeCurrency", market.currency().getCurrencyCode())));
    }
}
