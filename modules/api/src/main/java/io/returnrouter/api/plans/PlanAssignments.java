package io.returnrouter.api.plans;

import io.returnrouter.api.Money;
import io.returnrouter.api.notify.MeasuredTransit;
import io.returnrouter.api.returns.QuoteResponseDto.Co2eDto;
import io.returnrouter.core.batch.ParcelCostBreakdown;
import io.returnrouter.core.batch.PlanResult;
import io.returnrouter.core.kpi.RouteEnd;
import io.returnrouter.core.plan.Parcel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A solved plan's parcels as stored and served: route, costs, CO2 and whether the first mile was measured. */
public final class PlanAssignments {

    private PlanAssignments() {
    }

    /** Each parcel's route, in the order of the result's breakdown. */
    public static List<StoredAssignment> of(PlanResult result, MeasuredTransit measured) {
        Map<String, Parcel> parcels = new HashMap<>();
        result.plan().getParcels().forEach(p -> parcels.put(p.getId(), p));
        List<StoredAssignment> assignments = new ArrayList<>(result.breakdown().size());
        for (ParcelCostBreakdown b : result.breakdown()) {
            assignments.add(assignment(parcels.get(b.parcelId()), b, measured));
        }
        return assignments;
    }

    private static StoredAssignment assignment(Parcel parcel, ParcelCostBreakdown b, MeasuredTransit measured) {
        RouteEnd end = RouteEnd.of(parcel);
        var option = parcel.getOption();
        var service = option == null ? null : option.firstMile().service();
        String market = parcel.getMarketRules().countryCode();
        String carrier = service == null ? null : service.carrierId();
        Optional<MeasuredTransit.Sample> sample = PlanTransit.sample(measured, carrier, market, end.kind().name(),
                end.id());
        return new StoredAssignment(b.parcelId(), b.returnId(), market, b.route(),
                option == null ? null : option.mode().name(), carrier,
                end.kind().name(), end.id(), end.name(), b.daysToWarehouse(), Money.eur(b.totalCents()),
                Money.eur(b.transportCents()), Money.eur(b.handlingCents()), Money.eur(b.hubFixedShareCents()),
                Money.eur(b.linehaulShareCents()), Money.eur(b.customsCents()), Money.eur(b.delayCents()),
                Money.eur(b.co2Cents()), Money.eur(b.detourCents()),
                BigDecimal.valueOf(option == null ? 0 : option.co2Grams(), 3),
                option == null ? null : Co2eDto.of(option.co2e()),
                BigDecimal.valueOf(parcel.getVolumeCm3()).movePointLeft(6),
                option == null ? null : sample.isPresent() ? PlanTransit.MEASURED : PlanTransit.NOMINAL,
                sample.map(MeasuredTransit.Sample::count).orElse(null));
    }
}
