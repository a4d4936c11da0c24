package io.returnrouter.core.model;

/**
 * A postal address as a customer reads it.
 *
 * @param street     street and number, or for generated demo places where it lies; null when unknown
 * @param postalCode null when the source has none (the GeoNames extract has no postal codes)
 */
public record Address(String street, String postalCode, String city, String countryCode) {

    public Address {
        Checks.requireText(city, "city");
        Countries.requireIsoCode(countryCode);
    }
}
