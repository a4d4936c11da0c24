package io.returnrouter.api.notify;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param shopId optional for a shop token (its own shop); an admin names the shop
 */
public record SubscriptionRequestDto(
        @NotBlank @Size(max = 2000) @Schema(example = "https://shop.example/hooks/returnrouter") String url,
        @NotEmpty @Size(max = 20) List<@NotNull @Size(max = 60) String> events,
        @Size(max = 64) String shopId) {
}
