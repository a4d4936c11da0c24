package io.returnrouter.api.returns;

import io.returnrouter.api.validation.CountLimit;
import io.returnrouter.core.quote.ShownOptions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A return as a shop backend announces it. */
@Schema(name = "ReturnRequest", description = "A return to route", example = """
        {"returnId": "R-1001", "shopId": "demo-shop", "market": "DE",
         "customer": {"lat": 52.52, "lon": 13.40, "postalCode": "10115", "country": "DE"},
         "deliveredOn": "2026-11-15", "reason": "SIZE_TOO_SMALL", "outcome": "EXCHANGE", "preferredMode": null,
         "items": [{"sku": "SOFA-3S", "category": "FURNITURE", "lengthCm": 210, "widthCm": 95, "heightCm": 85,
                    "weightKg": 68, "valueEur": 899, "hazardous": false},
                   {"sku": "CUSH-1", "category": "HOME", "lengthCm": 45, "widthCm": 45, "heightCm": 15,
                    "weightKg": 0.8, "valueEur": 29}]}""")
public record ReturnRequestDto(
        @NotBlank @Size(max = 64) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String returnId,
        @NotBlank @Size(max = 64) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String shopId,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as DE")
        String market,
        @NotNull @Valid CustomerDto customer,
        @NotNull @Schema(description = "Day the (last) goods were delivered") LocalDate deliveredOn,
        @Schema(description = "Day the customer asked to return; today when absent") LocalDate requestedOn,
        @NotNull @Pattern(regexp = Vocabulary.REASONS, message = "must be one of " + Vocabulary.REASONS_LIST) String reason,
        @NotNull @Pattern(regexp = Vocabulary.OUTCOMES, message = "must be one of " + Vocabulary.OUTCOMES_LIST) String outcome,
        @Pattern(regexp = Vocabulary.MODES, message = "must be one of " + Vocabulary.MODES_LIST) String preferredMode,
        @NotEmpty @CountLimit(ReturnRequestDto.MAX_ITEMS) List<@NotNull @Valid ItemDto> items,
        @Schema(description = "Day the customer means to hand the parcels in at a drop-off point or store "
                + "(from requestedOn to 14 days after); when absent, each option says the day it assumes")
        LocalDate handInOn,
        @Min(1) @Max(ShownOptions.MAX_MAX)
        @Schema(description = "Most options per parcel, one per service, first-mile mode and destination; 6 when absent")
        Integer maxOptions) {

    /** Abuse limit: items in one return (413 above it). */
    public static final long MAX_ITEMS = 50;

    public int maxOptionsOrDefault() {
        return maxOptions == null ? ShownOptions.DEFAULT_MAX : maxOptions;
    }

    /** This return without the customer's contact (personal data, kept apart from the stored quote). */
    public ReturnRequestDto withoutContact() {
        return customer == null ? this : new ReturnRequestDto(returnId, shopId, market, customer.withoutContact(),
                deliveredOn, requestedOn, reason, outcome, preferredMode, items, handInOn, maxOptions);
    }

    /** This return, requested on {@code today} unless it says when it was requested. */
    public ReturnRequestDto requestedOnOr(LocalDate today) {
        return requestedOn != null ? this : new ReturnRequestDto(returnId, shopId, market, customer, deliveredOn, today,
                reason, outcome, preferredMode, items, handInOn, maxOptions);
    }
}
