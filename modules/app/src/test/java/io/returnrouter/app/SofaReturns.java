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
        return sofa(returnId, "DE", "52.52", "13.40", postalCode);
    }

    /**
     * A Danish sofa return from Copenhagen in the given two-digit pickup region. Denmark is
     * reserved for {@link MeasuredTransitInContainerIT}: it asserts exactly how many measured first
     * miles the two-person carrier's Danish lane gains, so no other test may move Danish returns
     * through hand-in and arrival (and no capacity test counts Danish slots).
     */
    static String danishSofa(String returnId, int region) {
        return sofa(returnId, "DK", "55.6761", "12.5683", "%02d50".formatted(region));
    }

    private static String sofa(String returnId, String market, String lat, String lon, String postalCode) {
        return """
                {"returnId": "%s", "shopId": "demo-shop", "market": "%s",
                 "customer": {"lat": %s, "lon": %s, "postalCode": "%s", "country": "%s"},
                 "deliveredOn": "%s", "reason": "SIZE_TOO_SMALL", "outcome": "REFUND",
                 "items": [{"sku": "SOFA-3S", "category": "FURNITURE", "lengthCm": 210, "widthCm": 95,
                            "heightCm": 85, "weightKg": 68, "valueEur": 899}]}
                """.formatted(returnId, market, lat, lon, postalCode, market, LocalDate.now().minusDays(3));
    }

    static String randomRegion() {
        return ThreadLocalRandom.current().nextInt(11, 100) + "115";
    }
}
