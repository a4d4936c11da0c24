package io.returnrouter.api.returns;

import static io.returnrouter.api.Money.eur;

import io.returnrouter.api.returns.QuoteResponseDto.CostBreakdownDto;
import io.returnrouter.api.returns.QuoteResponseDto.DestinationDto;
import io.returnrouter.api.returns.QuoteResponseDto.DropOffPointDto;
import io.returnrouter.api.returns.QuoteResponseDto.OptionDto;
import io.returnrouter.api.returns.QuoteResponseDto.ParcelDto;
import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.plan.Destination;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.MarginalPrice;
import io.returnrouter.core.quote.ParcelQuote;
import io.returnrouter.core.quote.Quote;
import io.returnrouter.core.quote.QuoteResult;
import io.returnrouter.core.quote.RankedOption;
import io.returnrouter.core.quote.Rejection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Renders the core's quote for the shop: euros, kilograms, dates, and words. */
public final class QuoteView {

    /** A day to receive and inspect the goods before the refund is issued. */
    static final int INSPECTION_DAYS = 1;
    private static final int POINTS_PER_OPTION = 3;

    private QuoteView() {
    }

    public static QuoteResponseDto of(QuoteResult result, LocalDate requestedOn, Instant quotedAt) {
        if (result instanceof Rejection rejection) {
            return new QuoteResponseDto(rejection.returnId(), QuoteResponseDto.REJECTED, rejection.rule().name(),
                    List.of(rejection.message()), List.of(), quotedAt, false);
        }
        Quote quote = (Quote) result;
        List<ParcelDto> parcels = quote.parcels().stream().map(p -> parcel(p, requestedOn)).toList();
        List<String> reasons = List.of(quote.parcels().size() == 1 ? "1 parcel, options ranked by cost to the operator"
                : quote.parcels().size() + " parcels packed by handling class, options ranked by cost to the operator");
        return new QuoteResponseDto(quote.returnId(), QuoteResponseDto.ACCEPTED, null, reasons, parcels, quotedAt, false);
    }

    private static ParcelDto parcel(ParcelQuote parcel, LocalDate requestedOn) {
        ParcelSpec spec = parcel.spec();
        List<OptionDto> options = parcel.options().stream()
                .map(o -> option(o, parcel.options(), requestedOn))
                .toList();
        return new ParcelDto(parcel.parcelId(), spec.handlingClass().name(),
                spec.items().stream().map(ReturnItem::sku).toList(),
                BigDecimal.valueOf(spec.weightGrams(), 3),
                BigDecimal.valueOf(spec.volumeCm3(), 3).setScale(1, RoundingMode.HALF_UP),
                options);
    }

    private static OptionDto option(RankedOption ranked, List<RankedOption> all, LocalDate requestedOn) {
        RouteOption option = ranked.option();
        CarrierService service = option.firstMile().service();
        MarginalPrice price = ranked.price();
        return new OptionDto(ranked.rank(), option.id(), option.mode().name(),
                service == null ? null : service.carrierId(),
                service == null ? null : service.id(),
                option.handInOn(),
                dropOffPoints(option, all),
                destination(option.destination()),
                eur(price.totalCents()),
                eur(ranked.customerFeeCents()),
                option.daysToWarehouse(),
                requestedOn.plusDays(option.daysToWarehouse() + (long) INSPECTION_DAYS),
                BigDecimal.valueOf(option.co2Grams(), 3),
                String.join("; ", ranked.reasons()),
                breakdown(option.costs(), price));
    }

    /**
     * The option's own point first, then the nearest other points of the same service that fit
     * this parcel and lead to the same destination (each is an eligible option of its own).
     */
    private static List<DropOffPointDto> dropOffPoints(RouteOption option, List<RankedOption> all) {
        DropOffPoint own = option.firstMile().dropOffPoint();
        if (own == null) {
            return List.of();
        }
        Map<String, DropOffPointDto> points = new LinkedHashMap<>();
        points.put(own.id(), point(own, option.detourMeters()));
        all.stream()
                .map(RankedOption::option)
                .filter(o -> o.firstMile().dropOffPoint() != null && o != option)
                .filter(o -> Objects.equals(o.handInOn(), option.handInOn()))
                .filter(o -> Objects.equals(o.firstMile().service(), option.firstMile().service()))
                .filter(o -> sameDestination(o.destination(), option.destination()))
                .sorted(Comparator.comparingLong(RouteOption::detourMeters))
                .forEach(o -> points.putIfAbsent(o.firstMile().dropOffPoint().id(),
                        point(o.firstMile().dropOffPoint(), o.detourMeters())));
        return new ArrayList<>(points.values()).subList(0, Math.min(POINTS_PER_OPTION, points.size()));
    }

    private static boolean sameDestination(Destination a, Destination b) {
        return Objects.equals(a.hub(), b.hub()) && Objects.equals(a.warehouse(), b.warehouse());
    }

    private static DropOffPointDto point(DropOffPoint point, long detourMeters) {
        return new DropOffPointDto(point.id(), point.type().name(),
                BigDecimal.valueOf(detourMeters, 3).setScale(1, RoundingMode.HALF_UP),
                BigDecimal.valueOf(point.location().point().latitude()).setScale(5, RoundingMode.HALF_UP),
                BigDecimal.valueOf(point.location().point().longitude()).setScale(5, RoundingMode.HALF_UP));
    }

    private static DestinationDto destination(Destination destination) {
        if (destination.viaHub()) {
            return new DestinationDto("CONSOLIDATION_HUB", destination.hub().id(), destination.hub().name());
        }
        return new DestinationDto("CENTRAL_WAREHOUSE", destination.warehouse().id(), destination.warehouse().name());
    }

    private static CostBreakdownDto breakdown(OptionCosts costs, MarginalPrice price) {
        return new CostBreakdownDto(eur(costs.transportCents()), eur(costs.handlingCents()),
                eur(costs.customsPerParcelCents()), eur(costs.delayCents()), eur(costs.co2Cents()),
                eur(costs.detourCents()), eur(price.hubFixedCents()), eur(price.linehaulCents()),
                eur(price.customsShipmentCents()));
    }
}
