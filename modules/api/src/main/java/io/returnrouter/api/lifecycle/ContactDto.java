package io.returnrouter.api.lifecycle;

import io.returnrouter.persistence.lifecycle.CustomerContact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The customer's contact for a label or pickup; personal data. Every field replaces a stored one. */
@Schema(name = "CustomerContact")
public record ContactDto(
        @Size(max = 200) String name,
        @Size(max = 200) String street,
        @Size(max = 20) String houseNumber,
        @Size(max = 16) String postalCode,
        @Size(max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as DE") String country,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()/-]{5,40}", message = "must be a phone number such as +49 30 1234567")
        String phone,
        @Size(max = 254) @Email String email) {

    CustomerContact toContact() {
        return new CustomerContact(name, street, houseNumber, postalCode, city, country, phone, email);
    }
}
