package io.returnrouter.core.options;

import io.returnrouter.core.model.GeoPoint;
import io.returnrouter.core.model.UnitVector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Buckets places into latitude/longitude cells so that "within r metres" looks at a few cells
 * instead of every drop-off point of a carrier (thousands per country). Immutable once built.
 * Each place keeps its unit vector, so the radius check and the ranking need no trigonometry.
 */
final class SpatialGrid<T> {

    private static final double CELL_DEGREES = 0.2;
    private static final double METERS_PER_DEGREE = 111_195.0;

    /** A place found near a centre; ordering by {@code chordSquared} is ordering by great-circle distance. */
    record Near<T>(T item, double chordSquared) {
    }

    private record Placed<T>(T item, UnitVector vector) {
    }

    private final Map<Long, List<Placed<T>>> cells = new HashMap<>();

    SpatialGrid(List<T> items, Function<T, GeoPoint> position) {
        for (T item : items) {
            GeoPoint p = position.apply(item);
            cells.computeIfAbsent(key(row(p.latitude()), column(p.longitude())), k -> new ArrayList<>())
                    .add(new Placed<>(item, UnitVector.of(p)));
        }
    }

    /** Every item within the radius (great circle), in no particular order. */
    List<Near<T>> within(GeoPoint center, long radiusMeters) {
        int rows = (int) Math.ceil(radiusMeters / (METERS_PER_DEGREE * CELL_DEGREES));
        double cos = Math.max(0.05, Math.cos(Math.toRadians(Math.min(89.0, Math.abs(center.latitude()) + rows * CELL_DEGREES))));
        int columns = (int) Math.ceil(radiusMeters / (METERS_PER_DEGREE * cos * CELL_DEGREES));
        int row = row(center.latitude());
        int column = column(center.longitude());
        UnitVector origin = UnitVector.of(center);
        double bound = UnitVector.chordSquaredOf(radiusMeters);
        List<Near<T>> found = new ArrayList<>();
        for (int r = row - rows; r <= row + rows; r++) {
            for (int c = column - columns; c <= column + columns; c++) {
                List<Placed<T>> cell = cells.get(key(r, c));
                if (cell == null) {
                    continue;
                }
                for (Placed<T> placed : cell) {
                    double chordSquared = placed.vector().chordSquaredTo(origin);
                    if (chordSquared <= bound) {
                        found.add(new Near<>(placed.item(), chordSquared));
                    }
                }
            }
        }
        return found;
    }

    private static int row(double latitude) {
        return (int) Math.floor(latitude / CELL_DEGREES);
    }

    private static int column(double longitude) {
        return (int) Math.floor(longitude / CELL_DEGREES);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) ^ (column & 0xffffffffL);
    }
}
