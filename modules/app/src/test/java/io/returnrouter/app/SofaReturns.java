package io.returnrouter.app;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Sofa returns that race for the two-person carrier's pickup slots (HTTP and in-container tests). */
final class SofaReturns {

    /** twoman-bulky-pickup's pickupSlotsPerDayPerRegion in the demo carrier data. */
    static final int SLOTS = 6;

    private SofaReturns() {
    }

    /** A sofa return from a region of its own (the postal code's first two digits), so no other test shares the slot. */
    static String sofa(String returnId, String postalCode) {
        return """
                {"returnId": "%s", "shopId": "demo-shop", "market": "DE",
                 "customer": {"lat": 52.52, "lon": 13.40, "postalCode": "%s", "country": "DE"},
                 "deliveredOn": "%s", "reason": "SIZE_TOO_SMALL", "outcome": "REFUND",
                 "items": [{"sku": "SOFA-3S", "category": "FURNITURE", "lengthCm": 210, "widthCm": 95,
                            "heightCm": 85, "weightKg": 68, "valueEur": 899}]}
                """.formatted(returnId, postalCode, LocalDate.now().minusDays(3));
    }

    static String randomRegion() {
        return ThreadLocalRandom.current().nextInt(11, 100) + "115";
    }
}
