package io.returnrouter.core.kpi;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed operationally between two plans of the same dataset: parcels (matched by id) whose
 * first leg now ends elsewhere, grouped by market and (from → to), largest groups first. A parcel
 * in only one of the plans moves from or to {@link RouteEnd#NOT_PLANNED}. Changes of first-mile
 * mode or departure with the same route end are not moves.
 *
 * @param parcelsCompared parcels in either plan
 * @param parcelsMoved    parcels whose route end differs, over all groups
 * @param changes         the largest groups, at most the requested number
 * @param groupsOmitted   groups beyond that number
 */
public record OperationalChanges(int parcelsCompared, int parcelsMoved, List<OperationalChange> changes,
                                 int groupsOmitted) {

    public OperationalChanges {
        Checks.requireNonNegative(parcelsCompared, "parcelsCompared");
        Checks.requireNonNegative(parcelsMoved, "parcelsMoved");
        changes = List.copyOf(changes);
        Checks.requireNonNegative(groupsOmitted, "groupsOmitted");
    }

    /** The top groups, with markets named by their country codes. */
    public static OperationalChanges between(RoutePlan before, RoutePlan after, int topGroups) {
        return between(before, after, topGroups, Function.identity());
    }

    /**
     * @param marketLabel names a market in sentences from its country code, e.g. "DK" → "Danish"
     */
    public static OperationalChanges between(RoutePlan before, RoutePlan after, int topGroups,
                                             Function<String, String> marketLabel) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(marketLabel, "marketLabel");
        if (topGroups < 0) {
            throw new IllegalArgumentException("topGroups must not be negative, was " + topGroups);
        }
        return betweenRoutes(routes(before, "before"), routes(after, "after"), topGroups, marketLabel);
    }

    /**
     * Compares two plans given as parcel id → route, e.g. read back from storage; a parcel in
     * one map only moves from or to {@link RouteEnd#NOT_PLANNED}.
     */
    public static OperationalChanges betweenRoutes(Map<String, ParcelRoute> old, Map<String, ParcelRoute> now,
                                                   int topGroups, Function<String, String> marketLabel) {
        Objects.requireNonNull(old, "before");
        Objects.requireNonNull(now, "after");
        Objects.requireNonNull(marketLabel, "marketLabel");
        if (topGroups < 0) {
            throw new IllegalArgumentException("topGroups must not be negative, was " + topGroups);
        }
        Set<String> ids = new TreeSet<>(old.keySet());
        ids.addAll(now.keySet());
        record Key(String market, RouteEnd from, RouteEnd to) {
        }
        Map<Key, int[]> parcels = new LinkedHashMap<>();
        Map<Key, Set<String>> returns = new HashMap<>();
        int moved = 0;
        for (String id : ids) {
            ParcelRoute was = old.get(id);
            ParcelRoute is = now.get(id);
            RouteEnd from = was == null ? RouteEnd.NOT_PLANNED : was.end();
            RouteEnd to = is == null ? RouteEnd.NOT_PLANNED : is.end();
            if (from.equals(to)) {
                continue;
            }
            ParcelRoute any = is != null ? is : was;
            Key key = new Key(any.market(), from, to);
            parcels.computeIfAbsent(key, k -> new int[1])[0]++;
            returns.computeIfAbsent(key, k -> new HashSet<>()).add(any.returnId());
            moved++;
        }
        Comparator<RouteEnd> endOrder = Comparator.comparing(RouteEnd::kind).thenComparing(RouteEnd::id);
        List<Key> sorted = new ArrayList<>(parcels.keySet());
        sorted.sort(Comparator.comparingInt((Key k) -> -returns.get(k).size())
                .thenComparingInt(k -> -parcels.get(k)[0])
                .thenComparing(Key::market)
                .thenComparing(Key::from, endOrder)
                .thenComparing(Key::to, endOrder));
        List<OperationalChange> changes = sorted.stream().limit(topGroups).map(k -> {
            int p = parcels.get(k)[0];
            int r = returns.get(k).size();
            return new OperationalChange(k.market(), k.from(), k.to(), p, r,
                    sentence(marketLabel.apply(k.market()), k.from(), k.to(), p, r));
        }).toList();
        return new OperationalChanges(ids.size(), moved, changes, Math.max(0, sorted.size() - topGroups));
    }

    /** "1,240 DK returns (1,301 parcels) move from direct to Venlo to the Malmö hub". */
    static String sentence(String market, RouteEnd from, RouteEnd to, int parcels, int returns) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        StringBuilder s = new StringBuilder()
                .append(format.format(returns)).append(' ').append(market)
                .append(returns == 1 ? " return" : " returns");
        if (parcels != returns) {
            s.append(" (").append(format.format(parcels)).append(" parcels)");
        }
        boolean one = returns == 1;
        if (from.kind() == RouteEnd.Kind.NOT_PLANNED) {
            s.append(", not planned before, now ").append(one ? "goes " : "go ").append(target(to));
        } else if (to.kind() == RouteEnd.Kind.NOT_PLANNED) {
            s.append(" that went ").append(target(from)).append(one ? " is" : " are").append(" no longer planned");
        } else {
            s.append(one ? " moves from " : " move from ").append(from.describe()).append(" to ").append(to.describe());
        }
        return s.toString();
    }

    private static String target(RouteEnd end) {
        return end.kind() == RouteEnd.Kind.DIRECT ? end.describe() : "to " + end.describe();
    }

    private static Map<String, ParcelRoute> routes(RoutePlan plan, String which) {
        Map<String, ParcelRoute> map = new HashMap<>();
        for (Parcel parcel : plan.getParcels()) {
            if (map.put(parcel.getId(), ParcelRoute.of(parcel)) != null) {
                throw new IllegalArgumentException(which + " has parcel " + parcel.getId() + " twice");
            }
        }
        return map;
    }
}
