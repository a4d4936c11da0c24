package io.returnrouter.api.plans;

import io.returnrouter.api.notify.MeasuredTransit;
import io.returnrouter.core.kpi.RouteEnd;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which lanes of a plan took the measured first mile instead of the carrier's nominal days: the
 * same rule and the same snapshot as quotes ({@link MeasuredTransit}), so a planner sees per lane
 * the median days and how many returns it rests on.
 */
public final class PlanTransit {

    public static final String MEASURED = "MEASURED";
    public static final String NOMINAL = "NOMINAL";

    /**
     * A measured lane the plan routes parcels on.
     *
     * @param hubId   null: straight to the warehouse
     * @param days    the median measured first mile the plan used
     * @param samples the measured returns it rests on
     * @param parcels the plan's parcels on the lane
     */
    public record LaneView(String carrier, String market, String hubId, int days, int samples, int parcels) {
    }

    private PlanTransit() {
    }

    /** The measured sample of an assignment's lane, if the plan used one. */
    static Optional<MeasuredTransit.Sample> sample(MeasuredTransit measured, String carrier, String market,
                                                   String endKind, String endId) {
        if (carrier == null || market == null || RouteEnd.Kind.NOT_PLANNED.name().equals(endKind)) {
            return Optional.empty();
        }
        return measured.sample(carrier, market, RouteEnd.Kind.HUB.name().equals(endKind) ? endId : null);
    }

    /** The measured lanes the assignments travel on, most parcels first; empty when none (or switched off). */
    public static List<LaneView> lanes(MeasuredTransit measured, List<StoredAssignment> assignments) {
        Map<MeasuredTransit.Lane, int[]> parcels = new LinkedHashMap<>();
        for (StoredAssignment a : assignments) {
            if (MEASURED.equals(a.transitSource())) {
                String hubId = RouteEnd.Kind.HUB.name().equals(a.endKind()) ? a.endId() : null;
                parcels.computeIfAbsent(new MeasuredTransit.Lane(a.carrier(), a.market(), hubId), k -> new int[1])[0]++;
            }
        }
        List<LaneView> lanes = new ArrayList<>();
        parcels.forEach((lane, count) -> measured.sample(lane.carrier(), lane.market(), lane.hubId())
                .ifPresent(s -> lanes.add(new LaneView(lane.carrier(), lane.market(), lane.hubId(), s.days(),
                        s.count(), count[0]))));
        lanes.sort(Comparator.comparingInt(LaneView::parcels).reversed().thenComparing(LaneView::carrier)
                .thenComparing(LaneView::market));
        return List.copyOf(lanes);
    }
}
