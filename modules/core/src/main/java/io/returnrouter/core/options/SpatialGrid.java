package io.returnrouter.core.options;

import io.returnrouter.core.model.GeoPoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Buckets places into latitude/longitude cells so that "within r metres" looks at a few cells
 * instead of every drop-off point of a carrier (thousands per country). Immutable once built.
 */
final class SpatialGrid<T> {

    private static final double CELL_DEGREES = 0.2;
    private static final double METERS_PER_DEGREE = 111_195.0;

    private final Map<Long, List<T>> cells = new HashMap<>();
    private final Function<T, GeoPoint> position;

    SpatialGrid(List<T> items, Function<T, GeoPoint> position) {
        this.position = position;
        for (T item : items) {
            GeoPoint p = position.apply(item);
            cells.computeIfAbsent(key(row(p.latitude()), column(p.longitude())), k -> new ArrayList<>()).add(item);
        }
    }

    /** Every item within the radius (great circle), in no particular order. */
    List<T> within(GeoPoint center, long radiusMeters) {
        int rows = (int) Math.ceil(radiusMeters / (METERS_PER_DEGREE * CELL_DEGREES));
        double cos = Math.max(0.05, Math.cos(Math.toRadians(Math.min(89.0, Math.abs(center.latitude()) + rows * CELL_DEGREES))));
        int columns = (int) Math.ceil(radiusMeters / (METERS_PER_DEGREE * cos * CELL_DEGREES));
        int row = row(center.latitude());
        int column = column(center.longitude());
        List<T> found = new ArrayList<>();
        for (int r = row - rows; r <= row + rows; r++) {
            for (int c = column - columns; c <= column + columns; c++) {
                List<T> cell = cells.get(key(r, c));
                if (cell == null) {
                    continue;
                }
                for (T item : cell) {
                    if (position.apply(item).greatCircleMetersTo(center) <= radiusMeters) {
                        found.add(item);
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
