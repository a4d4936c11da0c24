package io.returnrouter.core.model;

/** Validation shared by every type that carries an ISO 3166-1 alpha-2 country code. */
public final class Countries {

    private Countries() {
    }

    public static String requireIsoCode(String countryCode) {
        // Checked by hand: this runs for every location and lane of a 100,000-parcel batch.
        if (countryCode == null || countryCode.length() != 2 || !isUpperAscii(countryCode.charAt(0))
                || !isUpperAscii(countryCode.charAt(1))) {
            throw new IllegalArgumentException(
                    "country code must be ISO 3166-1 alpha-2 in upper case (e.g. DE), was " + countryCode);
        }
        return countryCode;
    }

    private static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
