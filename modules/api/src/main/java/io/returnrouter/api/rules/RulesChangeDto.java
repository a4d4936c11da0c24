package io.returnrouter.api.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new version of a market's rules. Fields left out keep the value of the version the
 * {@code If-Match} ETag names; {@code effectiveFrom} defaults to today (UTC).
 *
 * @param maxDaysToWarehouse optional: derived as refundDays - inspectionDays; when given it must
 *                           agree, so a client cannot believe it set a deadline the law forbids
 */
@Schema(description = "Editable rules of a market (the shop policy above the legal floor)")
public record RulesChangeDto(
        @Schema(description = "First day the version applies: today or later", example = "2026-12-01")
        LocalDate effectiveFrom,
        @Schema(description = "Days after delivery a return may be requested; not below the statutory withdrawal period",
                example = "30")
        Integer returnWindowDays,
        @Schema(description = "HOME_PICKUP, DROP_OFF_POINT, STORE; at least one")
        List<String> allowedModes,
        @Schema(description = "Categories that cannot be returned; only the market's statutory exemptions")
        List<String> nonReturnableCategories,
        @Schema(description = "What the customer pays per mode, in minor units of customerFeeCurrency")
        Map<String, Long> customerFeeCents,
        Boolean freeForExchanges,
        @Schema(description = "Goods too big for parcel services are collected at home only (needs HOME_PICKUP)")
        Boolean bulkyPickupOnly,
        @Schema(description = "Days after the request the refund is promised; not beyond the statutory refund period")
        Integer refundDays,
        @Schema(description = "Days the warehouse needs between arrival and refund; less than refundDays")
        Integer inspectionDays,
        @Schema(description = "Read-only in effect: refundDays - inspectionDays; if sent it must agree")
        Integer maxDaysToWarehouse,
        @Schema(description = "Months after delivery faulty or not-as-described goods are taken back free of charge: "
                + "the market's legal guarantee (legalFloor.legalGuarantee) or longer, never shorter", example = "36")
        Integer guaranteeMonths,
        @Schema(description = "ISO 4217 code of the currency customerFeeCents are set in (minor units); the market's "
                + "currency by default; must have a configured exchange rate", example = "SEK")
        String customerFeeCurrency) {
}
