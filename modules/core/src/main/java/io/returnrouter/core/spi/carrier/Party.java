package io.returnrouter.core.spi.carrier;

import java.util.Objects;

/**
 * A sender or receiver on a label or pickup order. For the customer this is personal data: it is
 * handed to the carrier for the booking and never logged ({@link #toString()} says nothing).
 *
 * @param phone null when not given
 * @param email null when not given
 */
public record Party(String name, String street, String houseNumber, String postalCode, String city,
                    String countryCode, String phone, String email) {

    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(countryCode, "countryCode");
        houseNumber = houseNumber == null ? "" : houseNumber;
    }

    @Override
    public String toString() {
        return "Party[" + countryCode + "]";
    }
}
