package io.returnrouter.api.returns;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The option the customer chose for each parcel of a quoted return. */
@Schema(name = "ConfirmRequest", example = """
        {"choices": [{"parcelId": "R-1001-P1", "optionId": "R-1001-P1:HOME_PICKUP:..."}]}""")
public record ConfirmRequestDto(@NotEmpty @Size(max = 50) List<@NotNull @Valid Choice> choices) {

    public record Choice(@NotBlank @Size(max = 80) String parcelId, @NotBlank @Size(max = 255) String optionId) {
    }
}
