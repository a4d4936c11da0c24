package io.returnrouter.plugin.support.geo;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Countries;
import io.returnrouter.core.model.GeoPoint;
import io.returnrouter.core.model.Location;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/** A populated place of the GeoNames extract. */
public record City(String countryCode, String name, GeoPoint point, long population) {

    public City {
        Countries.requireIsoCode(countryCode);
        Checks.requireText(name, "name");
        Objects.requireNonNull(point, "point");
        Checks.requirePositive(population, "population of " + name);
    }

    /**
     * The city as a location. The extract has no postal codes, so the city's name stands in for
     * one: pickup regions (two leading characters) then group places by their city's initials.
     */
    public Location location() {
        return new Location(point, countryCode, name);
    }

    /** The name in lower-case ASCII with dashes, for ids: "Poznań" is "poznan", "Malmö" is "malmo". */
    public String slug() {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae").replace("ß", "ss")
                .replace("ł", "l").replace("Ł", "L");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** A place near the city: offsets in metres to the north and east (a few km at most, so flat is fine). */
    public Location offset(double northMeters, double eastMeters) {
        double lat = point.latitude() + northMeters / 111_320.0;
        double lon = point.longitude() + eastMeters / (111_320.0 * Math.cos(Math.toRadians(point.latitude())));
        return new Location(new GeoPoint(lat, lon), countryCode, name);
    }
}
