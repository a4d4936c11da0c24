package io.returnrouter.api.returns;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

/** The request record binds from JSON with and without the optional maxOptions. */
class ReturnRequestJsonTest {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String REQUEST = """
            {"returnId": "R-1", "shopId": "demo-shop", "market": "DE",
             "customer": {"lat": 52.52, "lon": 13.40, "postalCode": "10115", "country": "DE"},
             "deliveredOn": "2026-11-15", "reason": "SIZE_TOO_SMALL", "outcome": "REFUND", %s
             "items": [{"sku": "TS-1", "category": "FASHION", "lengthCm": 30, "widthCm": 25, "heightCm": 3,
                        "weightKg": 0.3, "valueEur": 19}]}""";

    @Test
    void maxOptionsDefaultsToSixAndCanBeSet() {
        ReturnRequestDto plain = JSON.fromJson(REQUEST.formatted(""), ReturnRequestDto.class);
        ReturnRequestDto two = JSON.fromJson(REQUEST.formatted("\"maxOptions\": 2,"), ReturnRequestDto.class);

        assertThat(plain.maxOptions()).isNull();
        assertThat(plain.maxOptionsOrDefault()).isEqualTo(6);
        assertThat(two.maxOptionsOrDefault()).isEqualTo(2);
        assertThat(JSON.fromJson(JSON.toJson(two), ReturnRequestDto.class)).isEqualTo(two);
    }
}
