package io.returnrouter.api.returns;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One article: dimensions in cm, weight in kg, value in euro (decimals allowed). {@code sealed}
 * (or its opposite {@code opened}) says whether the seal is intact: sealed health and hygiene goods
 * are exempt from withdrawal only once unsealed, so the market may need to know.
 */
public record ItemDto(
        @NotBlank @Size(max = 64) String sku,
        @NotNull @Pattern(regexp = Vocabulary.CATEGORIES, message = "must be one of " + Vocabulary.CATEGORIES_LIST)
        String category,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal lengthCm,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal widthCm,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal heightCm,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("2000") BigDecimal weightKg,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") BigDecimal valueEur,
        Boolean hazardous,
        @Schema(description = "The item's seal is intact; needed for categories exempt only once unsealed "
                + "(BEAUTY_HYGIENE) when the reason is not DEFECTIVE or NOT_AS_DESCRIBED")
        Boolean sealed,
        @Schema(description = "The opposite of sealed; send either")
        Boolean opened) {
}
