package io.returnrouter.api.returns;

import io.returnrouter.api.money.MoneyDto;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a shop: ranked options per parcel and the ground the return is accepted on, or the
 * rule that rejected the return and its legal basis.
 */
@JsonbPropertyOrder({"returnId", "decision", "rule", "legalBasis", "reasons", "ground", "money", "parcels", "quotedAt",
        "confirmed"})
public record QuoteResponseDto(
        String returnId,
        @Schema(description = "ACCEPTED or REJECTED") String decision,
        @Schema(description = "For REJECTED: the rule that decided, e.g. OUTSIDE_RETURN_WINDOW, OUTSIDE_LEGAL_GUARANTEE, "
                + "NON_RETURNABLE_CATEGORY, UNSEALED_AFTER_DELIVERY, NO_SERVICE_FITS") String rule,
        @Schema(description = "For REJECTED by a rule of the market: the law or policy behind it",
                example = "Directive 2011/83/EU Art. 9-16; BGB §§ 312g, 355-357") String legalBasis,
        List<String> reasons,
        @Schema(description = "For ACCEPTED: the ground the return is accepted on") GroundDto ground,
        @Schema(description = "For ACCEPTED: the reporting currency and the exchange rates of the amounts")
        MoneyContextDto money,
        List<ParcelDto> parcels, Instant quotedAt, boolean confirmed) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    public QuoteResponseDto withConfirmed(boolean isConfirmed) {
        return new QuoteResponseDto(returnId, decision, rule, legalBasis, reasons, ground, money, parcels, quotedAt,
                isConfirmed);
    }

    /**
     * Why the return is accepted: {@code WITHDRAWAL} (the consumer's right as the shop's policy
     * extends it) or {@code LEGAL_GUARANTEE} (faulty or not as described: free for the customer,
     * the seller bears the return).
     */
    @JsonbPropertyOrder({"type", "legalBasis", "lastDay", "freeForCustomer"})
    public record GroundDto(
            @Schema(description = "WITHDRAWAL or LEGAL_GUARANTEE") String type,
            @Schema(example = "Directive (EU) 2019/771 Art. 10; BGB §§ 434, 437, 438 Abs. 1 Nr. 3 (two years from delivery)")
            String legalBasis,
            @Schema(description = "The last day a request on this ground is in time") LocalDate lastDay,
            @Schema(description = "No customer fee: the seller bears the return (a guarantee claim)")
            boolean freeForCustomer) {
    }

    /** The currency amounts are compared in and the exchange rates used, with their date and source. */
    @JsonbPropertyOrder({"reportingCurrency", "exchangeRatesDate", "exchangeRatesSource"})
    public record MoneyContextDto(
            @Schema(description = "ISO 4217 code amounts are compared in (inReportingCurrency)", example = "EUR")
            String reportingCurrency,
            @Schema(description = "Day the exchange rates were fixed") LocalDate exchangeRatesDate,
            @Schema(description = "Who published or configured the rates") String exchangeRatesSource) {
    }

    @JsonbPropertyOrder({"parcelId", "handlingClass", "items", "weightKg", "volumeLitres", "options"})
    public record ParcelDto(String parcelId, String handlingClass, List<String> items, BigDecimal weightKg,
                            BigDecimal volumeLitres, List<OptionDto> options) {
    }

    @JsonbPropertyOrder({"rank", "optionId", "firstMile", "carrier", "service", "dropOffPoints", "destination",
            "cost", "customerFee", "daysToWarehouse", "refundBy", "co2Kg", "explanation", "costBreakdown"})
    public record OptionDto(int rank, String optionId, String firstMile, String carrier, String service,
                            List<DropOffPointDto> dropOffPoints, DestinationDto destination,
                            @Schema(description = "The operator's cost of the option, in EUR; options are ranked by it")
                            MoneyDto cost,
                            @Schema(description = "What the customer pays, in the currency the market manager set; "
                                    + "zero under the legal guarantee")
                            MoneyDto customerFee, int daysToWarehouse, LocalDate refundBy, BigDecimal co2Kg,
                            String explanation, CostBreakdownDto costBreakdown) {
    }

    public record DropOffPointDto(String id, String type, BigDecimal distanceKm, BigDecimal lat, BigDecimal lon) {
    }

    public record DestinationDto(String type, String id, String name) {
    }

    /** Every component in {@code currency} (the operator's cost currency, EUR); their sum is cost. */
    @JsonbPropertyOrder({"currency", "transport", "handling", "customs", "delay", "co2", "detour", "hubFixedShare",
            "linehaulShare", "customsShipmentShare"})
    public record CostBreakdownDto(String currency, BigDecimal transport, BigDecimal handling, BigDecimal customs, BigDecimal delay,
                                   BigDecimal co2, BigDecimal detour, BigDecimal hubFixedShare,
                                   BigDecimal linehaulShare, BigDecimal customsShipmentShare) {
    }
}
