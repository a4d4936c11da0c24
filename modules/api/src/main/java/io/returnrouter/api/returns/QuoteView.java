package io.returnrouter.api.returns;

import static io.returnrouter.api.Money.eur;

import io.returnrouter.api.money.MoneyView;
import io.returnrouter.api.notify.MeasuredTransit;
import io.returnrouter.api.returns.QuoteResponseDto.AddressDto;
import io.returnrouter.api.returns.QuoteResponseDto.Co2eDto;
import io.returnrouter.api.returns.QuoteResponseDto.CostBreakdownDto;
import io.returnrouter.api.returns.QuoteResponseDto.DestinationDto;
import io.returnrouter.api.returns.QuoteResponseDto.DropOffPointDto;
import io.returnrouter.api.returns.QuoteResponseDto.GroundDto;
import io.returnrouter.api.returns.QuoteResponseDto.MarginalDto;
import io.returnrouter.api.returns.QuoteResponseDto.MoneyContextDto;
import io.returnrouter.api.returns.QuoteResponseDto.OptionDto;
import io.returnrouter.api.returns.QuoteResponseDto.ParcelDto;
import io.returnrouter.api.returns.QuoteResponseDto.PickupDto;
import io.returnrouter.api.returns.QuoteResponseDto.StoreDto;
import io.returnrouter.api.returns.QuoteResponseDto.WindowDto;
import io.returnrouter.core.model.Address;
import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.PlaceDetails;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.model.Store;
import io.returnrouter.core.model.TimeWindow;
import io.returnrouter.core.money.Money;
import io.returnrouter.core.plan.Destination;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.PickupSlot;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.MarginalPrice;
import io.returnrouter.core.pricing.SharedPrice;
import io.returnrouter.core.quote.NearbyPoint;
import io.returnrouter.core.quote.OptionDates;
import io.returnrouter.core.quote.ParcelQuote;
import io.returnrouter.core.quote.Quote;
import io.returnrouter.core.quote.QuoteResult;
import io.returnrouter.core.quote.RankedOption;
import io.returnrouter.core.quote.Rejection;
import io.returnrouter.core.quote.ReturnGround;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Renders the core's quote for the shop: money with its currency, kilograms, dates, and words. */
public final class QuoteView {

    private QuoteView() {
    }

    public static QuoteResponseDto of(QuoteResult result, CustomerReturn ret, Instant quotedAt, MoneyView money) {
        return of(result, ret, quotedAt, money, MeasuredTransit.NONE);
    }

    /** @param measured the measured transit the quote was computed with: each option says whether it used it */
    public static QuoteResponseDto of(QuoteResult result, CustomerReturn ret, Instant quotedAt, MoneyView money,
                                      MeasuredTransit measured) {
        if (result instanceof Rejection rejection) {
            return new QuoteResponseDto(rejection.returnId(), QuoteResponseDto.REJECTED, rejection.rule().name(),
                    rejection.legalBasis(), List.of(rejection.message()), null, null, List.of(), quotedAt, false, null, null);
        }
        Quote quote = (Quote) result;
        List<ParcelDto> parcels = quote.parcels().stream().map(p -> parcel(p, money, ret.marketCountry(), measured)).toList();
        List<String> reasons = List.of(quote.parcels().size() == 1
                ? "1 parcel, options ranked by their price for one return"
                : quote.parcels().size() + " parcels packed by handling class, options ranked by their price for one return");
        ReturnGround ground = quote.ground();
        return new QuoteResponseDto(quote.returnId(), QuoteResponseDto.ACCEPTED, null, null, reasons,
                new GroundDto(ground.kind().name(), ground.legalBasis(), ground.lastDay(), ground.sellerPays()),
                new MoneyContextDto(money.reportingCurrency().getCurrencyCode(), money.rates().date(),
                        money.rates().source()),
                parcels, quotedAt, false, null, null);
    }

    private static ParcelDto parcel(ParcelQuote parcel, MoneyView money, String market, MeasuredTransit measured) {
        ParcelSpec spec = parcel.spec();
        List<OptionDto> options = parcel.options().stream().map(o -> option(o, money, market, measured)).toList();
        return new ParcelDto(parcel.parcelId(), spec.handlingClass().name(),
                spec.items().stream().map(ReturnItem::sku).toList(),
                BigDecimal.valueOf(spec.weightGrams(), 3),
                BigDecimal.valueOf(spec.volumeCm3(), 3).setScale(1, RoundingMode.HALF_UP),
                parcel.notes(), options);
    }

    private static OptionDto option(RankedOption ranked, MoneyView money, String market, MeasuredTransit measured) {
        RouteOption option = ranked.option();
        CarrierService service = option.firstMile().service();
        OptionDates dates = ranked.dates();
        Hub hub = option.destination().hub();
        Optional<MeasuredTransit.Sample> sample = service == null ? Optional.empty()
                : measured.sample(service.carrierId(), market, hub == null ? null : hub.id());
        return new OptionDto(ranked.rank(), option.id(), option.mode().name(),
                service == null ? null : service.carrierId(),
                service == null ? null : service.id(),
                option.handInOn(),
                pickup(option.firstMile().pickupSlot()),
                store(option.firstMile().store(), option.detourMeters()),
                ranked.points().stream().map(QuoteView::point).toList(),
                destination(option.destination()),
                money.of(Money.euroCents(ranked.shared().totalCents())),
                money.of(ranked.customerFee()),
                option.daysToWarehouse(),
                sample.isPresent() ? OptionDto.MEASURED : OptionDto.NOMINAL,
                sample.map(MeasuredTransit.Sample::count).orElse(null),
                dates.handInBy(), dates.refundBy(), dates.exchangeShipsOn(),
                kg(option.co2Grams()),
                Co2eDto.of(option.co2e()),
                String.join("; ", ranked.reasons()),
                breakdown(option.costs(), ranked.shared(), ranked.price()));
    }

    private static PickupDto pickup(PickupSlot slot) {
        if (slot == null) {
            return null;
        }
        TimeWindow window = slot.service().pickupWindow();
        return new PickupDto(slot.date(), window == null ? null
                : new WindowDto(window.from().toString(), window.to().toString()));
    }

    private static StoreDto store(Store store, long meters) {
        if (store == null) {
            return null;
        }
        PlaceDetails details = store.details();
        return new StoreDto(store.id(), details == null ? null : details.name(), address(details),
                details == null ? null : details.openingHours(), degrees(store.location().point().latitude()),
                degrees(store.location().point().longitude()), km(meters), source(details), demo(details));
    }

    private static DropOffPointDto point(NearbyPoint nearby) {
        DropOffPoint point = nearby.point();
        PlaceDetails details = point.details();
        return new DropOffPointDto(point.id(), details == null ? null : details.code(),
                details == null ? null : details.name(), point.type().name(), address(details),
                details == null ? null : details.openingHours(), km(nearby.meters()),
                degrees(point.location().point().latitude()), degrees(point.location().point().longitude()),
                source(details), demo(details));
    }

    private static AddressDto address(PlaceDetails details) {
        if (details == null) {
            return null;
        }
        Address a = details.address();
        return new AddressDto(a.street(), a.postalCode(), a.city(), a.countryCode());
    }

    private static String source(PlaceDetails details) {
        return details == null ? null : details.source().name();
    }

    private static Boolean demo(PlaceDetails details) {
        return details == null ? null : details.source().isDemo();
    }

    private static DestinationDto destination(Destination destination) {
        if (destination.viaHub()) {
            return new DestinationDto("CONSOLIDATION_HUB", destination.hub().id(), destination.hub().name());
        }
        return new DestinationDto("CENTRAL_WAREHOUSE", destination.warehouse().id(), destination.warehouse().name());
    }

    private static CostBreakdownDto breakdown(OptionCosts costs, SharedPrice shared, MarginalPrice marginal) {
        return new CostBreakdownDto(Money.EUR.getCurrencyCode(), eur(costs.transportCents()), eur(costs.handlingCents()),
                eur(costs.customsPerParcelCents()), eur(costs.delayCents()), eur(costs.co2Cents()),
                eur(costs.detourCents()), eur(shared.hubFixedCents()), eur(shared.linehaulCents()),
                eur(shared.customsShipmentCents()),
                new MarginalDto(eur(marginal.totalCents()), eur(marginal.hubFixedCents()), eur(marginal.linehaulCents()),
                        eur(marginal.customsShipmentCents())));
    }

    private static BigDecimal kg(long grams) {
        return BigDecimal.valueOf(grams, 3);
    }

    private static BigDecimal km(long meters) {
        return BigDecimal.valueOf(meters, 3).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
    }
}
