package io.returnrouter.api.scenarios;

import io.returnrouter.api.plans.PlanRequestDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Runs a scenario on a stored dataset (for fair comparisons) or on newly generated returns. */
@Schema(name = "RunRequest", example = """
        {"datasetId": "0b9e…", "timeLimitSeconds": 30}""")
public record RunRequestDto(
        @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                message = "must be an id this service returned (a lower-case UUID)") String datasetId,
        @Valid PlanRequestDto.GenerateDto generate,
        @Min(1) @Max(600) Integer timeLimitSeconds,
        @Valid PlanRequestDto.WeightsDto weights) {
}
