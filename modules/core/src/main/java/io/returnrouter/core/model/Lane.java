package io.returnrouter.core.model;

/** A tariff zone pair: origin country to destination country. */
public record Lane(String originCountry, String destinationCountry) {

    public Lane {
        Countries.requireIsoCode(originCountry);
        Countries.requireIsoCode(destinationCountry);
    }
}
