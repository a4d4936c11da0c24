package io.returnrouter.api.notify;

import io.returnrouter.api.routing.RoutingWorld;
import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.options.TransitTimes;
import io.returnrouter.persistence.notify.Progress;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The median measured first mile per lane, for the lanes with enough samples: hand-in to the hub
 * for returns through a hub, hand-in to the warehouse for returns going straight there. A lane is
 * carrier, market and hub (or none), the keys the stored milestones have. Immutable.
 */
public final class MeasuredTransit implements TransitTimes {

    /** No lane measured: every quote keeps the nominal days. */
    public static final MeasuredTransit NONE = new MeasuredTransit(Map.of());

    /** A lane: the first mile's carrier, the return's market, the hub (null: straight to the warehouse). */
    public record Lane(String carrier, String market, String hubId) {
    }

    /** @param days the median of the samples, halves rounded up */
    public record Sample(int days, int count) {
    }

    private final Map<Lane, Sample> lanes;

    private MeasuredTransit(Map<Lane, Sample> lanes) {
        this.lanes = Map.copyOf(lanes);
    }

    /** The lanes of the given returns with at least {@code minSamples} measured first miles. */
    public static MeasuredTransit of(List<Progress> rows, int minSamples) {
        Map<Lane, List<Long>> samples = new HashMap<>();
        for (Progress p : rows) {
            if (p.carrier() == null || p.market() == null) {
                continue;
            }
            ReturnKpis.Stage stage = p.hubId() == null ? ReturnKpis.Stage.TRANSIT : ReturnKpis.Stage.FIRST_MILE;
            ReturnKpis.measured(p, stage).filter(days -> days >= 0).ifPresent(days -> samples
                    .computeIfAbsent(new Lane(p.carrier(), p.market(), p.hubId()), k -> new ArrayList<>()).add(days));
        }
        Map<Lane, Sample> lanes = new HashMap<>();
        samples.forEach((lane, days) -> {
            if (days.size() >= minSamples) {
                lanes.put(lane, new Sample(ReturnKpis.median(days).setScale(0, RoundingMode.HALF_UP).intValueExact(),
                        days.size()));
            }
        });
        return new MeasuredTransit(lanes);
    }

    public Optional<Sample> sample(String carrier, String market, String hubId) {
        return Optional.ofNullable(lanes.get(new Lane(carrier, market, hubId)));
    }

    /** The world quotes use: unchanged when no lane is measured well enough (or the switch is off). */
    public RoutingWorld applyTo(RoutingWorld world) {
        return lanes.isEmpty() ? world : world.withTransitTimes(this);
    }

    public Map<Lane, Sample> lanes() {
        return lanes;
    }

    @Override
    public OptionalInt measuredDays(CarrierService service, String marketCountry, String hubId) {
        return sample(service.carrierId(), marketCountry, hubId).map(s -> OptionalInt.of(s.days()))
                .orElse(OptionalInt.empty());
    }
}
