package io.returnrouter.api.returns;

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

    @JsonbPropertyOrder({"parcelId", "handlingClass", "items", "weightKg", "volumeLitres", "options"})
    public record ParcelDto(String parcelId, String handlingClass, List<String> items, BigDecimal weightKg,
                            BigDecimal volumeLitres, List<OptionDto> options) {
    }

    @JsonbPropertyOrder({"rank", "optionId", "firstMile", "carrier", "service", "handInOn", "dropOffPoints",
            "destination", "costEur", "customerFeeEur", "daysToWarehouse", "refundBy", "co2Kg", "explanation",
            "costBreakdown"})
    public record OptionDto(int rank, String optionId, String firstMile, String carrier, String service,
                            LocalDate handInOn, List<DropOffPointDto> dropOffPoints, DestinationDto destination,
                            BigDecimal costEur,
                            BigDecimal customerFeeEur, int daysToWarehouse, LocalDate refundBy, BigDecimal co2Kg,
                            String explanation, CostBreakdownDto costBreakdown) {
    }

    public record DropOffPointDto(String id, String type, BigDecimal distanceKm, BigDecimal lat, BigDecimal lon) {
    }

    public record DestinationDto(String type, String id, String name) {
    }

    /** Every component in euro; their sum is costEur. */
    public record CostBreakdownDto(BigDecimal transport, BigDecimal handling, BigDecimal customs, BigDecimal delay,
                                   BigDecimal co2, BigDecimal detour, BigDecimal hubFixedShare,
                                   BigDecimal linehaulShare, BigDecimal customsShipmentShare) {
    }
}
