package io.returnrouter.core.model;

/** Validation shared by every type that carries an ISO 3166-1 alpha-2 country code. */
public final class Countries {

    private Countries() {
    }

    public static String requireIsoCode(String countryCode) {
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(
                    "country code must be ISO 3166-1 alpha-2 in upper case (e.g. DE), was " + countryCode);
        }
        return countryCode;
    }
}
