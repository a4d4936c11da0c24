package io.returnrouter.app.plugins;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * POST /api/v1/carriers/{carrierId}/rates: a parcel to price on one service and lane, in mm and g.
 * The postal codes are optional; carriers that price by postal code (Bring) are asked live only
 * when both are given.
 */
public record RateQuestion(
        @NotBlank String serviceId,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as NO") String from,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as NL") String to,
        @Min(1) @Max(10_000) int lengthMm,
        @Min(1) @Max(10_000) int widthMm,
        @Min(1) @Max(10_000) int heightMm,
        @Min(1) @Max(2_000_000) int weightGrams,
        @Size(max = 12) String fromPostalCode,
        @Size(max = 12) String toPostalCode) {
}
