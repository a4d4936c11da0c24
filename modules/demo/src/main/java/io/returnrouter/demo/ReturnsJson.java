package io.returnrouter.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.ReturnItem;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes generated returns as JSON in the shape of the API's return request (POST /returns), so
 * a generated file can be replayed against a server: dimensions in cm, weight in kg, value in
 * euro. Places carry the GeoNames attribution.
 */
public final class ReturnsJson {

    // The caller owns the writer (it may be standard output), so writing must not close it.
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    /** The request contract allows postal codes of up to 16 characters; city names stand in for them. */
    private static final int POSTAL_CODE_MAX = 16;

    private ReturnsJson() {
    }

    public static void write(List<CustomerReturn> returns, long seed, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("generator", "returnrouter generate");
        root.put("seed", seed);
        root.put("count", returns.size());
        root.put("places", "Customer places around cities from GeoNames (https://www.geonames.org), CC BY 4.0");
        ArrayNode list = root.putArray("returns");
        for (CustomerReturn ret : returns) {
            list.add(toJson(ret));
        }
        JSON.writeValue(out, root);
    }

    static ObjectNode toJson(CustomerReturn ret) {
        ObjectNode node = JSON.createObjectNode();
        node.put("returnId", ret.id());
        node.put("shopId", ret.shopId());
        node.put("market", ret.marketCountry());
        ObjectNode customer = node.putObject("customer");
        customer.put("lat", BigDecimal.valueOf(ret.customerLocation().point().latitude()).setScale(5,
                RoundingMode.HALF_UP));
        customer.put("lon", BigDecimal.valueOf(ret.customerLocation().point().longitude()).setScale(5,
                RoundingMode.HALF_UP));
        String postal = ret.customerLocation().postalCode();
        customer.put("postalCode", postal.length() <= POSTAL_CODE_MAX ? postal : postal.substring(0, POSTAL_CODE_MAX));
        customer.put("country", ret.customerLocation().countryCode());
        node.put("deliveredOn", ret.deliveredOn().toString());
        node.put("requestedOn", ret.requestedOn().toString());
        node.put("reason", ret.reason());
        node.put("outcome", ret.wantedOutcome().name());
        node.putNull("preferredMode");
        ArrayNode items = node.putArray("items");
        for (ReturnItem item : ret.items()) {
            ObjectNode i = items.addObject();
            i.put("sku", item.sku());
            i.put("category", item.category());
            i.put("lengthCm", item.dimensions().lengthCm());
            i.put("widthCm", item.dimensions().widthCm());
            i.put("heightCm", item.dimensions().heightCm());
            i.put("weightKg", BigDecimal.valueOf(item.weightGrams(), 3).stripTrailingZeros());
            i.put("valueEur", BigDecimal.valueOf(item.valueCents(), 2));
            i.put("hazardous", item.hazardous());
        }
        return node;
    }
}
