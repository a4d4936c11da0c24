package io.returnrouter.core.quote;

import static io.returnrouter.core.SmallNetwork.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.money.Money;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.HandlingClass;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.pricing.MarginalPrice;
import io.returnrouter.core.rules.MarketRules;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

class QuoteEngineTest {

    private static QuoteEngine engine(MarketRules rules, boolean withFreight) {
        return new QuoteEngine(serviceEnumerator(withFreight), country -> Optional.of(rules).filter(
                r -> r.countryCode().equals(country)), ParcelPacker.standard());
    }

    /** As the service quotes: pickups offered on the first three pickup days. */
    private static io.returnrouter.core.options.RouteOptionEnumerator serviceEnumerator(boolean withFreight) {
        return new io.returnrouter.core.options.RouteOptionEnumerator(network(withFreight),
                io.returnrouter.core.options.ScenarioWeights.DEFAULT,
                io.returnrouter.core.options.EnumerationLimits.SERVICE, io.returnrouter.core.model.RoadDistance.EUROPE);
    }

    private static Quote accepted(QuoteResult result) {
        assertThat(result).isInstanceOf(Quote.class);
        return (Quote) result;
    }

    private static Rejection rejected(QuoteResult result) {
        assertThat(result).isInstanceOf(Rejection.class);
        return (Rejection) result;
    }

    @Test
    void quotesEveryParcelWithOptionsRankedCheapestFirst() {
        Quote quote = accepted(engine(germany(), true)
                .quote(customerReturn("R1", 5, shirt(), shoes(), powerBank()), Loads.empty()));

        assertThat(quote.parcels()).hasSize(2);
        for (ParcelQuote parcel : quote.parcels()) {
            List<Long> prices = parcel.options().stream().map(o -> o.price().totalCents()).toList();
            assertThat(prices).isSorted();
            assertThat(parcel.options()).extracting(RankedOption::rank)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, prices.size()).boxed().toList());
            assertThat(parcel.best().reasons()).contains("cheapest eligible option at the current loads");
        }
        assertThat(quote.bestTotalCents()).isEqualTo(
                quote.parcels().stream().mapToLong(p -> p.best().price().totalCents()).sum());
    }

    @Test
    void dangerousGoodsOnlyGetServicesThatAcceptThem() {
        Quote quote = accepted(engine(germany(), true).quote(customerReturn("R1", 5, powerBank()), Loads.empty()));

        assertThat(quote.parcels().get(0).options()).isNotEmpty()
                .allSatisfy(o -> assertThat(o.option().firstMile().service().acceptsHazardous()).isTrue());
    }

    @Test
    void anEmptyTruckMakesTheHubExpensiveButASharedTruckMakesItTheBestOption() {
        QuoteEngine engine = engine(germany(), true);
        RankedOption alone = accepted(engine.quote(customerReturn("R1", 5, shirt()), Loads.empty()))
                .parcels().get(0).best();
        assertThat(alone.option().hub()).isNull();

        Loads booked = Loads.empty();
        RouteOption viaHub = accepted(engine.quote(customerReturn("R0", 5, shirt()), Loads.empty())).parcels().get(0)
                .options().stream().map(RankedOption::option).filter(o -> o.hub() != null).findFirst().orElseThrow();
        booked.add(10_000, viaHub);
        RankedOption shared = accepted(engine.quote(customerReturn("R1", 5, shirt()), booked)).parcels().get(0).best();

        assertThat(shared.option().hub()).isEqualTo(LEIPZIG);
        assertThat(shared.price().linehaulCents()).isZero();
        assertThat(shared.reasons()).anyMatch(r -> r.contains("truck from HUB-LEIPZIG with 1 booked parcels"));
    }

    @Test
    void theFirstParcelOnADeparturePaysTheWholeVehicle() {
        RankedOption viaHub = accepted(engine(germany(), true).quote(customerReturn("R1", 5, shirt()), Loads.empty()))
                .parcels().get(0).options().stream().filter(o -> o.option().hub() != null).findFirst().orElseThrow();

        MarginalPrice price = viaHub.price();
        assertThat(price.linehaulCents()).isEqualTo(30_000);
        Departure departure = viaHub.option().departure();
        assertThat(departure.date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
    }

    @Test
    void aSofaBecomesAFreightParcelWithFreightOptions() {
        Quote quote = accepted(engine(germany(), true).quote(customerReturn("R1", 5, sofa(), cushion()),
                Loads.empty()));

        ParcelQuote freight = quote.parcels().stream().filter(p -> p.spec().handlingClass() == HandlingClass.FREIGHT)
                .findFirst().orElseThrow();
        assertThat(freight.options()).allSatisfy(o -> assertThat(o.option().firstMile().service().id())
                .isEqualTo("CARGO-FREIGHT"));
    }

    @Test
    void rejectsASofaWhenNoServiceTakesFreight() {
        Rejection rejection = rejected(engine(germany(), false).quote(customerReturn("R1", 5, sofa()), Loads.empty()));

        assertThat(rejection.rule()).isEqualTo(RejectionRule.NO_SERVICE_FITS);
        assertThat(rejection.message()).contains("freight");
    }

    @Test
    void rejectsAReturnOutsideTheWindowButAcceptsTheLastDay() {
        QuoteEngine engine = engine(germany(), true);

        Rejection late = rejected(engine.quote(customerReturn("R1", 31, shirt()), Loads.empty()));
        assertThat(late.rule()).isEqualTo(RejectionRule.OUTSIDE_RETURN_WINDOW);
        assertThat(late.message()).contains("31 days", "30 days");
        assertThat(engine.quote(customerReturn("R2", 30, shirt()), Loads.empty())).isInstanceOf(Quote.class);
    }

    @Test
    void theLegalFloorExtendsAShortShopWindow() {
        QuoteEngine engine = engine(rules(7, 14, EnumSet.allOf(FirstMileMode.class), 10), true);

        assertThat(engine.quote(customerReturn("R1", 14, shirt()), Loads.empty())).isInstanceOf(Quote.class);
        assertThat(rejected(engine.quote(customerReturn("R2", 15, shirt()), Loads.empty())).rule())
                .isEqualTo(RejectionRule.OUTSIDE_RETURN_WINDOW);
    }

    @Test
    void rejectsANonReturnableCategoryNamingTheItem() {
        var food = new io.returnrouter.core.model.ReturnItem("COFFEE", "food",
                new io.returnrouter.core.model.Dimensions(10, 10, 10), 500, 900, false);

        Rejection rejection = rejected(engine(germany(), true).quote(customerReturn("R1", 5, shirt(), food),
                Loads.empty()));

        assertThat(rejection.rule()).isEqualTo(RejectionRule.NON_RETURNABLE_CATEGORY);
        assertThat(rejection.message()).contains("COFFEE", "food");
    }

    @Test
    void rejectsWhenNoRouteMeetsTheDeadline() {
        Rejection rejection = rejected(engine(rules(30, 14, EnumSet.allOf(FirstMileMode.class), 1), true)
                .quote(customerReturn("R1", 5, shirt()), Loads.empty()));

        assertThat(rejection.rule()).isEqualTo(RejectionRule.DEADLINE_UNREACHABLE);
    }

    @Test
    void rejectsWhenTheMarketAllowsNoModeOnOffer() {
        Rejection rejection = rejected(engine(rules(30, 14, EnumSet.of(FirstMileMode.STORE), 10), true)
                .quote(customerReturn("R1", 5, shirt()), Loads.empty()));

        assertThat(rejection.rule()).isEqualTo(RejectionRule.MODE_NOT_ALLOWED);
    }

    @Test
    void rejectsAnUnknownMarket() {
        var swiss = new io.returnrouter.core.model.CustomerReturn("R1", "SHOP-1", "CH", CUSTOMER, MONDAY.minusDays(3),
                MONDAY, List.of(shirt()), "", io.returnrouter.core.model.Outcome.REFUND, Optional.empty());

        assertThat(rejected(engine(germany(), true).quote(swiss, Loads.empty())).rule())
                .isEqualTo(RejectionRule.UNKNOWN_MARKET);
    }

    @Test
    void pickupsMoveToALaterDayWhenTheFirstDaysSlotsAreBooked() {
        QuoteEngine engine = engine(germany(), true);
        Loads booked = Loads.empty();
        List<RouteOption> pickups = accepted(engine.quote(customerReturn("R0", 5, shirt()), Loads.empty())).parcels()
                .get(0).options().stream().map(RankedOption::option)
                .filter(o -> o.mode() == FirstMileMode.HOME_PICKUP && o.hub() == null).toList();
        RouteOption firstDay = pickups.stream()
                .min(java.util.Comparator.comparing(o -> o.firstMile().pickupSlot().date())).orElseThrow();
        booked.add(1_000, firstDay);
        booked.add(1_000, firstDay);

        Quote quote = accepted(engine.quote(customerReturn("R1", 5, shirt()), booked));

        List<RankedOption> stillOffered = quote.parcels().get(0).options().stream()
                .filter(o -> o.option().mode() == FirstMileMode.HOME_PICKUP).toList();
        assertThat(stillOffered).isNotEmpty().allSatisfy(o -> assertThat(o.option().firstMile().pickupSlot().date())
                .isAfter(firstDay.firstMile().pickupSlot().date()));
    }

    @Test
    void aDropOffPointFullOnTheHandInDayIsOfferedTheNextDay() {
        QuoteEngine engine = engine(germany(), true);
        RouteOption today = accepted(engine.quote(customerReturn("R0", 5, shirt()), Loads.empty())).parcels().get(0)
                .options().stream().map(RankedOption::option).filter(o -> o.firstMile().dropOffPoint() != null)
                .findFirst().orElseThrow();
        Loads booked = Loads.perPeriod(io.returnrouter.core.capacity.HubPeriod.DAY);
        for (int i = 0; i < today.firstMile().dropOffPoint().dailyCapacity(); i++) {
            booked.add(1_000, today);
        }

        List<RouteOption> dropOffs = accepted(engine.quote(customerReturn("R1", 5, shirt()), booked)).parcels().get(0)
                .options().stream().map(RankedOption::option).filter(o -> o.firstMile().dropOffPoint() != null).toList();

        assertThat(dropOffs).isNotEmpty()
                .allSatisfy(o -> assertThat(o.handInOn()).isEqualTo(today.handInOn().plusDays(1)));
    }

    @Test
    void theHandInDayOfTheRequestIsTheDayEveryDropOffOptionAssumes() {
        var ret = customerReturn("R1", 5, shirt());

        Quote quote = accepted(engine(germany(), true).quote(ret, ret.requestedOn().plusDays(2), Loads.empty()));

        assertThat(quote.parcels().get(0).options()).map(RankedOption::option)
                .filteredOn(o -> o.firstMile().dropOffPoint() != null).isNotEmpty()
                .allSatisfy(o -> assertThat(o.handInOn()).isEqualTo(ret.requestedOn().plusDays(2)));
    }

    @Test
    void optionIdsSayWhatTheOptionIsAndStayTheSameAcrossQuotes() {
        QuoteEngine engine = engine(germany(), true);
        var ret = customerReturn("R1", 5, shirt());
        List<RankedOption> first = accepted(engine.quote(ret, Loads.empty())).parcels().get(0).options();
        Loads booked = Loads.perPeriod(io.returnrouter.core.capacity.HubPeriod.DAY);
        booked.add(1_000, first.get(0).option());

        List<String> again = accepted(engine.quote(ret, booked)).parcels().get(0).options().stream()
                .map(o -> o.option().id()).toList();

        RouteOption pickup = first.stream().map(RankedOption::option)
                .filter(o -> o.mode() == FirstMileMode.HOME_PICKUP && o.hub() == null).findFirst().orElseThrow();
        assertThat(pickup.id()).isEqualTo("R1-P1#HOME_PICKUP:PAKET-PICKUP:" + pickup.firstMile().pickupSlot().region()
                + ":" + pickup.handInOn() + ">WH-ERFURT");
        assertThat(again).containsExactlyInAnyOrderElementsOf(first.stream().map(o -> o.option().id()).toList());
    }

    @Test
    void aPickupIsOfferedOnTheFirstPickupDays() {
        Quote quote = accepted(engine(germany(), true).quote(customerReturn("R1", 5, shirt()), Loads.empty()));

        assertThat(quote.parcels().get(0).options().stream()
                .filter(o -> o.option().mode() == FirstMileMode.HOME_PICKUP)
                .map(o -> o.option().firstMile().pickupSlot().date()).distinct())
                .hasSize(io.returnrouter.core.options.EnumerationLimits.SERVICE.pickupDaysPerService());
    }

    /** Rules of a shop that lets exchanges go back for free, whatever the mode. */
    private record FreeExchanges(MarketRules base) implements MarketRules {
        public String countryCode() { return base.countryCode(); }
        public int returnWindowDays() { return base.returnWindowDays(); }
        public int legalMinimumWindowDays() { return base.legalMinimumWindowDays(); }
        public boolean allowsMode(FirstMileMode mode) { return base.allowsMode(mode); }
        public boolean isReturnable(String category) { return base.isReturnable(category); }
        public long customerFeeCents(FirstMileMode mode) { return base.customerFeeCents(mode); }
        public long customerFeeCents(FirstMileMode mode, io.returnrouter.core.model.Outcome outcome) {
            return outcome == io.returnrouter.core.model.Outcome.EXCHANGE ? 0 : base.customerFeeCents(mode);
        }
        public int maxDaysToWarehouse() { return base.maxDaysToWarehouse(); }
        public io.returnrouter.core.rules.CustomsStatus customsStatus() { return base.customsStatus(); }
        public long customsCostPerParcelCents() { return base.customsCostPerParcelCents(); }
    }

    @Test
    void theCustomerFeeFollowsTheWantedOutcome() {
        QuoteEngine engine = engine(new FreeExchanges(germany()), false);
        var refund = customerReturn("R1", 5, shirt());
        var exchange = new io.returnrouter.core.model.CustomerReturn("R2", refund.shopId(), refund.marketCountry(),
                refund.customerLocation(), refund.deliveredOn(), refund.requestedOn(), refund.items(), refund.reason(),
                io.returnrouter.core.model.Outcome.EXCHANGE, Optional.empty());

        RankedOption pickupForRefund = accepted(engine.quote(refund, Loads.empty())).parcels().get(0).options().stream()
                .filter(o -> o.option().mode() == FirstMileMode.HOME_PICKUP).findFirst().orElseThrow();
        RankedOption pickupForExchange = accepted(engine.quote(exchange, Loads.empty())).parcels().get(0).options().stream()
                .filter(o -> o.option().mode() == FirstMileMode.HOME_PICKUP).findFirst().orElseThrow();

        assertThat(pickupForRefund.customerFee()).isEqualTo(Money.euroCents(300));
        assertThat(pickupForExchange.customerFee().minorUnits()).isZero();
    }

    @Test
    void aCarriersExactFitCheckRemovesTheOptionsItRefuses() {
        io.returnrouter.core.options.ExactFit noParcelShops = (service, point, spec) ->
                point == null || point.type() != io.returnrouter.core.model.DropOffPointType.PARCEL_SHOP;
        QuoteEngine engine = new QuoteEngine(new io.returnrouter.core.options.RouteOptionEnumerator(network(false),
                io.returnrouter.core.options.ScenarioWeights.DEFAULT, io.returnrouter.core.options.EnumerationLimits.SERVICE,
                io.returnrouter.core.model.RoadDistance.EUROPE, noParcelShops),
                country -> Optional.<MarketRules>of(germany()).filter(r -> r.countryCode().equals(country)),
                ParcelPacker.standard());

        var withCheck = accepted(engine.quote(customerReturn("R1", 5, shirt()), Loads.empty())).parcels().get(0).options();
        var withoutCheck = accepted(engine(germany(), false).quote(customerReturn("R1", 5, shirt()), Loads.empty()))
                .parcels().get(0).options();

        assertThat(withoutCheck).anyMatch(o -> o.option().firstMile().dropOffPoint() != null);
        assertThat(withCheck).isNotEmpty().noneMatch(o -> o.option().firstMile().dropOffPoint() != null);
    }
}
