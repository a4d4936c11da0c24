package io.returnrouter.api.money;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount as the API shows it: a decimal string with the currency's usual fraction digits and
 * its ISO 4217 code, plus its value in the shop's reporting currency when that is another one.
 */
@Schema(name = "Money", description = "An amount: decimal string and ISO 4217 currency code",
        example = "{\"amount\": \"49.00\", \"currency\": \"SEK\", \"inReportingCurrency\": {\"amount\": \"4.26\", \"currency\": \"EUR\"}}")
@JsonbPropertyOrder({"amount", "currency", "inReportingCurrency"})
public record MoneyDto(
        @Schema(description = "Decimal string, e.g. \"49.00\"") String amount,
        @Schema(description = "ISO 4217 code") String currency,
        @Schema(description = "The same amount in the shop's reporting currency, at the quote's exchange rates; "
                + "absent when the amount already is in it")
        MoneyDto inReportingCurrency) {
}
