package io.returnrouter.api.lifecycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the warehouse or shop reports about a return. */
@Schema(name = "ReturnEvent", example = """
        {"type": "INSPECTED", "at": "2026-12-04T10:15:00Z", "details": {"outcome": "ACCEPTED"}}""")
public record ShopEventDto(
        @NotNull @Pattern(regexp = TYPES, message = "must be one of " + TYPES_LIST) String type,
        @Schema(description = "When it happened; now when absent. Not in the future") Instant at,
        @Schema(description = "Flat facts (texts, numbers, true/false); INSPECTED needs outcome ACCEPTED, "
                + "PARTLY_ACCEPTED or REFUSED. No personal data") @Size(max = 20) Map<String, Object> details) {

    static final String TYPES = "RECEIVED|INSPECTED|REFUND_STARTED|EXCHANGE_SHIPPED|STORE_CREDIT_ISSUED";
    static final String TYPES_LIST = "RECEIVED, INSPECTED, REFUND_STARTED, EXCHANGE_SHIPPED, STORE_CREDIT_ISSUED";
}
