package io.returnrouter.carriers.support;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Countries;
import io.returnrouter.core.model.DropOffPointType;

import java.util.Objects;
import java.util.Set;

/**
 * A kind of drop-off point of a carrier (its lockers, its shops) with its limits, and how the
 * offline point list places them: in every city of the served countries from a population on,
 * one per so many inhabitants, at most so many per city.
 */
public record PointKind(DropOffPointType type, Set<String> countries, PublishedLimits limits, long minPopulation,
                        long inhabitantsPerPoint, int maxPerCity, int dailyCapacity) {

    public PointKind {
        Objects.requireNonNull(type, "type");
        countries = Set.copyOf(countries);
        if (countries.isEmpty()) {
            throw new IllegalArgumentException("a point kind needs at least one country");
        }
        countries.forEach(Countries::requireIsoCode);
        Objects.requireNonNull(limits, "limits");
        Checks.requirePositive(minPopulation, "minPopulation");
        Checks.requirePositive(inhabitantsPerPoint, "inhabitantsPerPoint");
        Checks.requirePositive(maxPerCity, "maxPerCity");
        Checks.requirePositive(dailyCapacity, "dailyCapacity");
    }

    /** Points in a city of this size: one per {@code inhabitantsPerPoint}, at least one, capped. */
    public int pointsIn(long population) {
        if (population < minPopulation) {
            return 0;
        }
        return (int) Math.min(maxPerCity, Math.max(1, population / inhabitantsPerPoint));
    }
}
