package io.returnrouter.core.quote;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Warehouse;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.rules.MarketRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Chooses what a shop shows its customer out of a parcel's ranked options: one option per
 * service, first-mile mode and destination (the cheapest; the other drop-off points of that
 * combination on the same hand-in day become its nearby points: a point shown beside an option can
 * be used on the day the option books), the preferred mode first, at most a few options.
 */
public final class ShownOptions {

    /** What a customer can compare at a glance. */
    public static final int DEFAULT_MAX = 6;
    public static final int MAX_MAX = 50;
    public static final int POINTS_PER_OPTION = 3;

    private ShownOptions() {
    }

    /** The selection and the notes that explain it. */
    public record Selection(List<RankedOption> options, List<String> notes) {
    }

    private record Key(String serviceId, FirstMileMode mode, Hub hub, Warehouse warehouse) {

        static Key of(RouteOption o) {
            return new Key(o.firstMile().service() == null ? null : o.firstMile().service().id(), o.mode(),
                    o.destination().hub(), o.destination().warehouse());
        }
    }

    /** A point of a key's options on the day its option assumes the hand-in. */
    private record DatedPoint(NearbyPoint point, LocalDate day) {
    }

    /** @param ranked every eligible option, cheapest first */
    public static Selection select(List<RankedOption> ranked, Optional<FirstMileMode> preferred, MarketRules rules,
                                   int maxOptions) {
        if (maxOptions < 1 || maxOptions > MAX_MAX) {
            throw new IllegalArgumentException("maxOptions must be between 1 and " + MAX_MAX + ", was " + maxOptions);
        }
        Map<Key, RankedOption> firstOfKey = new LinkedHashMap<>();
        Map<Key, List<DatedPoint>> points = new HashMap<>();
        for (RankedOption option : ranked) {
            Key key = Key.of(option.option());
            firstOfKey.putIfAbsent(key, option);
            if (option.option().firstMile().dropOffPoint() != null) {
                List<DatedPoint> list = points.computeIfAbsent(key, k -> new ArrayList<>());
                DatedPoint point = new DatedPoint(new NearbyPoint(option.option().firstMile().dropOffPoint(),
                        option.option().detourMeters()), option.option().handInOn());
                if (list.stream().noneMatch(p -> p.point().point().equals(point.point().point())
                        && Objects.equals(p.day(), point.day()))) {
                    list.add(point);
                }
            }
        }
        List<RankedOption> distinct = new ArrayList<>(firstOfKey.values());
        List<String> notes = new ArrayList<>();
        if (preferred.isPresent()) {
            FirstMileMode mode = preferred.get();
            List<RankedOption> first = new ArrayList<>();
            List<RankedOption> rest = new ArrayList<>();
            distinct.forEach(o -> (o.option().mode() == mode ? first : rest).add(o));
            if (first.isEmpty()) {
                notes.add("preferredMode " + mode + " cannot be offered: " + (rules.allowsMode(mode)
                        ? "no carrier service of this mode takes this parcel here"
                        : "the rules of market " + rules.countryCode() + " do not allow it"));
            }
            first.addAll(rest);
            distinct = first;
        }
        List<RankedOption> shown = new ArrayList<>();
        for (RankedOption option : distinct.subList(0, Math.min(maxOptions, distinct.size()))) {
            // The option's own point first (it is the one booked on confirmation), then the nearest others.
            List<NearbyPoint> near = points.getOrDefault(Key.of(option.option()), List.of()).stream()
                    .filter(p -> Objects.equals(p.day(), option.option().handInOn()))
                    .map(DatedPoint::point)
                    .collect(Collectors.toCollection(ArrayList::new));
            near.sort(Comparator.comparing((NearbyPoint p) -> !p.point().equals(option.option().firstMile()
                    .dropOffPoint())).thenComparingLong(NearbyPoint::meters).thenComparing(p -> p.point().id()));
            shown.add(option.withRank(shown.size() + 1, near.subList(0, Math.min(POINTS_PER_OPTION, near.size()))));
        }
        return new Selection(shown, notes);
    }
}
