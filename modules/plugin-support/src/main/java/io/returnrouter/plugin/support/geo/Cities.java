package io.returnrouter.plugin.support.geo;

import io.returnrouter.core.model.GeoPoint;
import io.returnrouter.plugin.support.DataFileException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cities of the markets with at least 15,000 inhabitants, from the GeoNames gazetteer
 * (CC BY 4.0, see CITIES-ATTRIBUTION.txt next to the data). Loaded once; immutable.
 */
public final class Cities {

    private static final String FILE = "cities.csv";
    private static final Cities ALL = load();

    private final List<City> cities;
    private final Map<String, List<City>> byCountry;

    Cities(List<City> cities) {
        // Largest first, then by name: every consumer that takes "the n biggest" is deterministic.
        this.cities = cities.stream()
                .sorted(Comparator.comparingLong(City::population).reversed().thenComparing(City::name))
                .toList();
        this.byCountry = this.cities.stream().collect(Collectors.groupingBy(City::countryCode,
                Collectors.toUnmodifiableList()));
    }

    public static Cities all() {
        return ALL;
    }

    /** Every city, the most populous first. */
    public List<City> list() {
        return cities;
    }

    /** The cities of one country, the most populous first; empty for a country not in the extract. */
    public List<City> inCountry(String countryCode) {
        return byCountry.getOrDefault(countryCode, List.of());
    }

    public Optional<City> find(String countryCode, String name) {
        return inCountry(countryCode).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public City require(String countryCode, String name) {
        return find(countryCode, name).orElseThrow(() -> new IllegalArgumentException(
                "no city " + name + " in " + countryCode + " in the GeoNames extract"));
    }

    private static Cities load() {
        String file = Cities.class.getPackageName().replace('.', '/') + "/" + FILE;
        try (InputStream in = Cities.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw DataFileException.ofFile(file, "not found on the class path", null);
            }
            return new Cities(parse(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<City> parse(String file, BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (!"country,name,lat,lon,population".equals(header)) {
            throw new DataFileException(file, "header", "must be country,name,lat,lon,population, was " + header);
        }
        List<City> cities = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            cities.add(parseLine(file, lineNumber, line));
        }
        return cities;
    }

    /** Names are quoted and may hold commas; the four other columns never do. */
    private static City parseLine(String file, int lineNumber, String line) {
        int open = line.indexOf('"');
        int close = line.lastIndexOf('"');
        if (open != 3 || close <= open) {
            throw new DataFileException(file, "line " + lineNumber + ".name", "must be quoted: " + line);
        }
        String[] numbers = line.substring(close + 2).split(",");
        if (numbers.length != 3) {
            throw new DataFileException(file, "line " + lineNumber, "must have 5 columns: " + line);
        }
        try {
            return new City(line.substring(0, 2), line.substring(open + 1, close),
                    new GeoPoint(Double.parseDouble(numbers[0]), Double.parseDouble(numbers[1])),
                    Long.parseLong(numbers[2]));
        } catch (IllegalArgumentException e) {
            throw new DataFileException(file, "line " + lineNumber, "is invalid (" + e.getMessage() + "): " + line);
        }
    }
}
