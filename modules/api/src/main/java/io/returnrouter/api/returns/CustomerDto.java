package io.returnrouter.api.returns;

import io.returnrouter.persistence.lifecycle.CustomerContact;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the goods are: the customer's location (WGS84 degrees), and optionally the contact a label
 * or pickup needs. The contact is personal data: it is kept apart from the stored quote
 * (docs/lifecycle.md) and may equally be given later with the label request.
 */
public record CustomerDto(
        @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal lon,
        @NotBlank @Size(max = 16) String postalCode,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as DE")
        String country,
        @Schema(description = "For labels and pickups; personal data") @Size(max = 200) String name,
        @Schema(description = "For labels and pickups; personal data") @Size(max = 200) String street,
        @Schema(description = "For labels and pickups; personal data") @Size(max = 20) String houseNumber,
        @Schema(description = "For labels and pickups; personal data") @Size(max = 100) String city,
        @Schema(description = "For pickups (the driver calls); personal data")
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()/-]{5,40}", message = "must be a phone number such as +49 30 1234567")
        String phone,
        @Schema(description = "For labels sent by e-mail; personal data") @Size(max = 254) @Email String email) {

    /** A customer's place without contact (one constructor only: JSON-B binds records through it). */
    public static CustomerDto at(BigDecimal lat, BigDecimal lon, String postalCode, String country) {
        return new CustomerDto(lat, lon, postalCode, country, null, null, null, null, null, null);
    }

    /** The routing facts only: what the stored quote keeps. */
    public CustomerDto withoutContact() {
        return at(lat, lon, postalCode, country);
    }

    /** The contact fields given, or null when none is. */
    public CustomerContact contact() {
        CustomerContact contact = new CustomerContact(name, street, houseNumber, postalCode, city, country, phone, email);
        return name == null && street == null && houseNumber == null && city == null && phone == null && email == null
                ? null : contact;
    }
}
