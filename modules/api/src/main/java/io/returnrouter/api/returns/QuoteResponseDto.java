package io.returnrouter.api.returns;

import io.returnrouter.core.co2.Co2eLegs;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The answer to a shop: ranked options per parcel, or the rule that rejected the return. */
@JsonbPropertyOrder({"returnId", "decision", "rule", "reasons", "parcels", "quotedAt", "confirmed"})
public record QuoteResponseDto(String returnId, String decision, String rule, List<String> reasons,
                               List<ParcelDto> parcels, Instant quotedAt, boolean confirmed) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    public QuoteResponseDto withConfirmed(boolean isConfirmed) {
        return new QuoteResponseDto(returnId, decision, rule, reasons, parcels, quotedAt, isConfirmed);
    }

    /** @param notes why the options are what they are, e.g. why the preferred mode is missing */
    @JsonbPropertyOrder({"parcelId", "handlingClass", "items", "weightKg", "volumeLitres", "notes", "options"})
    public record ParcelDto(String parcelId, String handlingClass, List<String> items, BigDecimal weightKg,
                            BigDecimal volumeLitres, List<String> notes, List<OptionDto> options) {
    }

    /**
     * @param handInBy        the last day to hand the parcel in (pickups: the pickup day)
     * @param refundBy        refunds and store credit only: the arrival plus the market's inspection days
     * @param exchangeShipsOn exchanges only: when the replacement is expected to leave the warehouse
     */
    @JsonbPropertyOrder({"rank", "optionId", "firstMile", "carrier", "service", "pickup", "store", "dropOffPoints",
            "destination", "costEur", "customerFeeEur", "daysToWarehouse", "handInBy", "refundBy", "exchangeShipsOn",
            "co2Kg", "co2e", "explanation", "costBreakdown"})
    public record OptionDto(int rank, String optionId, String firstMile, String carrier, String service,
                            PickupDto pickup, StoreDto store, List<DropOffPointDto> dropOffPoints,
                            DestinationDto destination, BigDecimal costEur, BigDecimal customerFeeEur,
                            int daysToWarehouse, LocalDate handInBy, LocalDate refundBy, LocalDate exchangeShipsOn,
                            BigDecimal co2Kg, Co2eDto co2e, String explanation, CostBreakdownDto costBreakdown) {
    }

    public record PickupDto(LocalDate date) {
    }

    public record StoreDto(String id, String postalCode, String country, BigDecimal lat, BigDecimal lon,
                           BigDecimal distanceKm) {
    }

    /** Well-to-wheel CO2e by leg (ISO 14083 / GLEC, see docs/co2.md); their sum is co2Kg. */
    @JsonbPropertyOrder({"method", "customerTripKg", "firstMileKg", "linehaulKg"})
    public record Co2eDto(String method, BigDecimal customerTripKg, BigDecimal firstMileKg, BigDecimal linehaulKg) {

        public static final String METHOD = "ISO 14083 / GLEC Framework v3, well-to-wheel";

        public static Co2eDto of(Co2eLegs legs) {
            return new Co2eDto(METHOD, kg(legs.customerTripGrams()), kg(legs.firstMileGrams()),
                    kg(legs.linehaulGrams()));
        }

        private static BigDecimal kg(long grams) {
            return BigDecimal.valueOf(grams, 3);
        }
    }

    public record DropOffPointDto(String id, String type, BigDecimal distanceKm, BigDecimal lat, BigDecimal lon) {
    }

    public record DestinationDto(String type, String id, String name) {
    }

    /**
     * Every component in euro; their sum is costEur. The shares are this return's part of the
     * hub's expected period; {@code marginal} is what the plan's cost changes by at today's loads.
     */
    public record CostBreakdownDto(BigDecimal transport, BigDecimal handling, BigDecimal customs, BigDecimal delay,
                                   BigDecimal co2, BigDecimal detour, BigDecimal hubFixedShare,
                                   BigDecimal linehaulShare, BigDecimal customsShipmentShare, MarginalDto marginal) {
    }

    /** The planner's view: the cost of one more parcel at the booked loads, in euro. */
    public record MarginalDto(BigDecimal total, BigDecimal hubFixed, BigDecimal linehaul, BigDecimal customsShipment) {
    }
}
