package io.returnrouter.api.returns;

import io.returnrouter.api.money.MoneyDto;
import io.returnrouter.core.co2.Co2eLegs;
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
        "confirmed", "status", "route"})
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
        List<ParcelDto> parcels, Instant quotedAt, boolean confirmed,
        @Schema(description = "Where the return is in its life: QUOTED, CONFIRMED, LABEL_CREATED, PICKUP_BOOKED, "
                + "HANDED_IN, AT_HUB, IN_LINEHAUL, RECEIVED, INSPECTED, REFUND_STARTED, EXCHANGE_SHIPPED, "
                + "STORE_CREDIT_ISSUED, CANCELLED, EXPIRED or LOST (docs/lifecycle.md)") String status,
        @Schema(description = "Once confirmed: the option chosen for each parcel") List<RouteChoiceDto> route) {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    public QuoteResponseDto withConfirmed(boolean isConfirmed) {
        return new QuoteResponseDto(returnId, decision, rule, legalBasis, reasons, ground, money, parcels, quotedAt,
                isConfirmed, status, route);
    }

    public QuoteResponseDto withLifecycle(String currentStatus, List<RouteChoiceDto> chosenRoute) {
        return new QuoteResponseDto(returnId, decision, rule, legalBasis, reasons, ground, money, parcels, quotedAt,
                confirmed, currentStatus, chosenRoute);
    }

    /** The option confirmed for a parcel, in short; the full option is among the parcel's options. */
    @JsonbPropertyOrder({"parcelId", "optionId", "firstMile", "carrier", "service", "handInOn", "destination"})
    public record RouteChoiceDto(String parcelId, String optionId, String firstMile, String carrier, String service,
                                 LocalDate handInOn, DestinationDto destination) {
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

    /** @param notes why the options are what they are, e.g. why the preferred mode is missing */
    @JsonbPropertyOrder({"parcelId", "handlingClass", "items", "weightKg", "volumeLitres", "notes", "options"})
    public record ParcelDto(String parcelId, String handlingClass, List<String> items, BigDecimal weightKg,
                            BigDecimal volumeLitres, List<String> notes, List<OptionDto> options) {
    }

    /**
     * @param handInOn        the day the option books: the pickup day, or the day it assumes the parcel
     *                        is handed in at its point or store (the request's handInOn, or later when
     *                        the point is full that day); part of the option's id
     * @param handInBy        the last day to hand the parcel in (pickups: the pickup day)
     * @param refundBy        refunds and store credit only: the arrival plus the market's inspection days
     * @param exchangeShipsOn exchanges only: when the replacement is expected to leave the warehouse
     */
    @JsonbPropertyOrder({"rank", "optionId", "firstMile", "carrier", "service", "handInOn", "pickup", "store",
            "dropOffPoints",
            "destination", "cost", "customerFee", "daysToWarehouse", "transitSource", "transitSamples", "handInBy", "refundBy", "exchangeShipsOn",
            "co2Kg", "co2e", "explanation", "costBreakdown"})
    public record OptionDto(int rank, String optionId, String firstMile, String carrier, String service,
                            LocalDate handInOn, PickupDto pickup, StoreDto store, List<DropOffPointDto> dropOffPoints,
                            DestinationDto destination,
                            @Schema(description = "The operator's price of the option for this return, in EUR; options "
                                    + "are ranked by it")
                            MoneyDto cost,
                            @Schema(description = "What the customer pays, in the currency the market manager set; "
                                    + "zero under the legal guarantee")
                            MoneyDto customerFee, int daysToWarehouse,
                            @Schema(description = "MEASURED when the first mile's days are the median measured on this "
                                    + "lane (carrier, market, hub or direct; see docs/notifications.md), else NOMINAL",
                                    enumeration = {"MEASURED", "NOMINAL"})
                            String transitSource,
                            @Schema(description = "MEASURED only: the returns the median was measured on")
                            Integer transitSamples,
                            LocalDate handInBy, LocalDate refundBy, LocalDate exchangeShipsOn,
                            BigDecimal co2Kg, Co2eDto co2e, String explanation, CostBreakdownDto costBreakdown) {

        public static final String MEASURED = "MEASURED";
        public static final String NOMINAL = "NOMINAL";
    }

    /** @param window when the carrier collects that day, the customer's local time; absent when its data has none */
    public record PickupDto(LocalDate date, WindowDto window) {
    }

    @JsonbPropertyOrder({"from", "to"})
    public record WindowDto(@Schema(example = "08:00") String from, @Schema(example = "18:00") String to) {
    }

    /**
     * @param name    the store's name; with address, openingHours and source absent when the network has none
     * @param source  DEMO for generated demo data (then {@code demo} is true), DATA or LIVE otherwise
     */
    @JsonbPropertyOrder({"id", "name", "address", "openingHours", "lat", "lon", "distanceKm", "source", "demo"})
    public record StoreDto(String id, String name, AddressDto address, String openingHours, BigDecimal lat,
                           BigDecimal lon, BigDecimal distanceKm, String source, Boolean demo) {
    }

    /** @param street street and number, or where a generated demo place lies; postalCode absent when unknown */
    @JsonbPropertyOrder({"street", "postalCode", "city", "country"})
    public record AddressDto(String street, String postalCode, String city, String country) {
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

    /**
     * A point the parcel can be handed in at, the option's own first.
     *
     * @param carrierPointCode the carrier's code of the point (what its app and the label show)
     * @param openingHours     OpenStreetMap opening_hours syntax, where the source has them
     * @param distanceKm       great-circle distance from the customer
     * @param source           DEMO for the offline demo points (then {@code demo} is true), DATA or LIVE otherwise
     */
    @JsonbPropertyOrder({"id", "carrierPointCode", "name", "type", "address", "openingHours", "distanceKm", "lat",
            "lon", "source", "demo"})
    public record DropOffPointDto(String id, String carrierPointCode, String name, String type, AddressDto address,
                                  String openingHours, BigDecimal distanceKm, BigDecimal lat, BigDecimal lon,
                                  String source, Boolean demo) {
    }

    public record DestinationDto(String type, String id, String name) {
    }

    /**
     * Every component in {@code currency} (the operator's cost currency, EUR); their sum is cost.
     * The shares are this return's part of the hub's expected period; {@code marginal} is what the
     * plan's cost changes by at today's loads, in the same currency.
     */
    @JsonbPropertyOrder({"currency", "transport", "handling", "customs", "delay", "co2", "detour", "hubFixedShare",
            "linehaulShare", "customsShipmentShare", "marginal"})
    public record CostBreakdownDto(String currency, BigDecimal transport, BigDecimal handling, BigDecimal customs,
                                   BigDecimal delay,
                                   BigDecimal co2, BigDecimal detour, BigDecimal hubFixedShare,
                                   BigDecimal linehaulShare, BigDecimal customsShipmentShare, MarginalDto marginal) {
    }

    /** The planner's view: the cost of one more parcel at the booked loads, in the breakdown's currency. */
    public record MarginalDto(BigDecimal total, BigDecimal hubFixed, BigDecimal linehaul, BigDecimal customsShipment) {
    }
}
