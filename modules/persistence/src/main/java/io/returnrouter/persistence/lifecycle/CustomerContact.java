package io.returnrouter.persistence.lifecycle;

/**
 * The customer's contact for a label or pickup: personal data. Every field may be null until a
 * label is asked for; {@link #toString()} names no value, so it cannot reach a log by accident.
 */
public record CustomerContact(String name, String street, String houseNumber, String postalCode, String city,
                              String country, String phone, String email) {

    /** These fields, each replaced by the other's where the other has one. */
    public CustomerContact overriddenBy(CustomerContact other) {
        if (other == null) {
            return this;
        }
        return new CustomerContact(pick(other.name, name), pick(other.street, street),
                pick(other.houseNumber, houseNumber), pick(other.postalCode, postalCode), pick(other.city, city),
                pick(other.country, country), pick(other.phone, phone), pick(other.email, email));
    }

    public boolean isEmpty() {
        return name == null && street == null && houseNumber == null && postalCode == null && city == null
                && country == null && phone == null && email == null;
    }

    private static String pick(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    @Override
    public String toString() {
        return "CustomerContact[personal data]";
    }
}
