package io.returnrouter.api.plans;

import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.api.validation.CountLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch to plan: inline returns, generated ones, or a stored dataset (exactly one of the three).
 */
@Schema(name = "PlanRequest", example = """
        {"generate": {"returns": 10000, "seed": 42}, "timeLimitSeconds": 30}""")
public record PlanRequestDto(
        @Schema(description = "Inline returns, at most 10,000 (larger batches: 413)")
        @CountLimit(PlanService.MAX_INLINE_RETURNS) List<@NotNull @Valid ReturnRequestDto> returns,
        @Valid GenerateDto generate,
        @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String datasetId,
        @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String scenarioId,
        @Min(1) @Max(600) @Schema(description = "Solver time limit, default 30 s") Integer timeLimitSeconds,
        @Valid WeightsDto weights) {

    /** Generated returns: customers around real cities, the published product and reason mix. */
    public record GenerateDto(@NotNull @Min(1) @CountLimit(MAX_GENERATED_RETURNS) Integer returns,
                              @NotNull Long seed) {

        /** Abuse limit: generated returns per plan (413 above it). */
        public static final long MAX_GENERATED_RETURNS = 100_000;
    }

    /** Prices on what is not paid to a carrier; absent fields keep the defaults. */
    public record WeightsDto(@Min(0) @Max(100_000) Long delayCentsPerDay,
                             @Min(0) @Max(100_000) Long exchangeDelayCentsPerDay,
                             @Min(0) @Max(100_000) Long co2CentsPerKg,
                             @Min(0) @Max(100_000) Long detourCentsPerKm) {
    }
}
