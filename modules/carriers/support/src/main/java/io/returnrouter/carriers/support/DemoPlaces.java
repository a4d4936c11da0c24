package io.returnrouter.carriers.support;

import io.returnrouter.core.model.Address;
import io.returnrouter.core.model.DropOffPointType;
import io.returnrouter.core.model.PlaceDetails;
import io.returnrouter.core.model.PlaceSource;
import io.returnrouter.plugin.support.geo.City;

import java.util.Locale;

/**
 * Names and addresses for the offline (demo) points. The GeoNames extract knows cities, not
 * streets, postal codes or opening hours, so a demo point says honestly what it is: a generated
 * name marked "(demo)", a code with the prefix DEMO, its real city and where in it the point was
 * placed; no postal code and no opening hours.
 */
final class DemoPlaces {

    private static final String[] COMPASS = {"north", "north-east", "east", "south-east", "south", "south-west",
            "west", "north-west"};

    private DemoPlaces() {
    }

    /**
     * @param sequence   the point's number among the carrier's demo points of the country, from 1
     * @param nInCity    the point's number among its kind's points in the city, from 1
     * @param northMeters where it lies from the city centre
     */
    static PlaceDetails of(String carrierName, DropOffPointType type, City city, int sequence, int nInCity,
                           double northMeters, double eastMeters) {
        // Plain concatenation: a carrier has tens of thousands of offline points, built at every start.
        String number = Integer.toString(sequence);
        String code = "DEMO-" + city.countryCode() + "-" + "0".repeat(Math.max(0, 5 - number.length())) + number;
        String name = carrierName + " " + label(type) + " " + city.name() + (nInCity == 1 ? "" : " " + nInCity)
                + " (demo)";
        long tenthsOfKm = Math.round(Math.hypot(northMeters, eastMeters) / 100);
        String where = "demo location " + tenthsOfKm / 10 + "." + tenthsOfKm % 10 + " km "
                + compass(northMeters, eastMeters) + " of the centre";
        return new PlaceDetails(code, name, new Address(where, null, city.name(), city.countryCode()), null,
                PlaceSource.DEMO);
    }

    static String label(DropOffPointType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String compass(double northMeters, double eastMeters) {
        double bearing = (Math.toDegrees(Math.atan2(eastMeters, northMeters)) + 360) % 360;
        return COMPASS[(int) Math.round(bearing / 45) % COMPASS.length];
    }
}
