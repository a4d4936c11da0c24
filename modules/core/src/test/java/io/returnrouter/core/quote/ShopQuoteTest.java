package io.returnrouter.core.quote;

import static io.returnrouter.core.SmallNetwork.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.RoadDistance;
import io.returnrouter.core.options.EnumerationLimits;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.pricing.ExpectedVolumes;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.plan.RouteOption;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a shop shows: distinct options, at most a few, the preferred mode first, dates by outcome. */
class ShopQuoteTest {

    private static QuoteEngine engine(MarketRules rules) {
        RouteOptionEnumerator enumerator = new RouteOptionEnumerator(network(true), ScenarioWeights.DEFAULT,
                EnumerationLimits.SERVICE, RoadDistance.EUROPE);
        return new QuoteEngine(enumerator, country -> Optional.of(rules), ParcelPacker.standard());
    }

    private static ParcelQuote shopQuote(MarketRules rules, CustomerReturn ret, int maxOptions) {
        QuoteResult result = engine(rules).quoteForShop(ret, Loads.empty(), ExpectedVolumes.DEFAULT, maxOptions);
        assertThat(result).isInstanceOf(Quote.class);
        return ((Quote) result).parcels().get(0);
    }

    private static CustomerReturn shirtReturn(Outcome outcome, FirstMileMode preferred) {
        return new CustomerReturn("R1", "SHOP-1", "DE", CUSTOMER, MONDAY.minusDays(3), MONDAY, List.of(shirt()),
                "too small", outcome, Optional.ofNullable(preferred));
    }

    private record Key(String service, FirstMileMode mode, Object hub, Object warehouse) {
        static Key of(RouteOption o) {
            return new Key(o.firstMile().service().id(), o.mode(), o.hub(), o.destination().warehouse());
        }
    }

    @Test
    void showsEachServiceModeAndDestinationOnceAndRanksThemAnew() {
        ParcelQuote all = ((Quote) engine(germany()).quote(shirtReturn(Outcome.REFUND, null), Loads.empty()))
                .parcels().get(0);
        ParcelQuote shown = shopQuote(germany(), shirtReturn(Outcome.REFUND, null), ShownOptions.MAX_MAX);

        Set<Key> keys = new HashSet<>();
        all.options().forEach(o -> keys.add(Key.of(o.option())));
        assertThat(all.options().size()).as("pickups on three days duplicate service and destination")
                .isGreaterThan(keys.size());
        assertThat(shown.options()).hasSize(keys.size());
        assertThat(shown.options()).extracting(o -> Key.of(o.option())).doesNotHaveDuplicates();
        assertThat(shown.options()).extracting(RankedOption::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, keys.size()).boxed().toList());
        assertThat(shown.options()).extracting(o -> o.shared().totalCents()).isSorted();
    }

    @Test
    void aHubOptionIsPricedAsAShareOfTheHubsExpectedWeekAndSaysSo() {
        ParcelQuote shown = shopQuote(germany(), shirtReturn(Outcome.REFUND, null), ShownOptions.MAX_MAX);
        RankedOption viaHub = shown.options().stream().filter(o -> o.option().hub() != null).findFirst()
                .orElseThrow();

        assertThat(viaHub.shared().totalCents()).isLessThan(viaHub.price().totalCents());
        assertThat(viaHub.reasons()).anySatisfy(r -> assertThat(r).startsWith("priced for one return: HUB-LEIPZIG"));
    }

    @Test
    void showsNoMoreThanAskedFor() {
        assertThat(shopQuote(germany(), shirtReturn(Outcome.REFUND, null), 2).options()).hasSize(2);
        assertThatThrownBy(() -> engine(germany()).quoteForShop(shirtReturn(Outcome.REFUND, null), Loads.empty(),
                ExpectedVolumes.DEFAULT, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDropOffOptionListsItsOwnPointFirstWithOneDistance() {
        RankedOption dropOff = shopQuote(germany(), shirtReturn(Outcome.REFUND, null), 6).options().stream()
                .filter(o -> o.option().mode() == FirstMileMode.DROP_OFF_POINT).findFirst().orElseThrow();

        assertThat(dropOff.points()).isNotEmpty();
        assertThat(dropOff.points().get(0).point()).isEqualTo(dropOff.option().firstMile().dropOffPoint());
        assertThat(dropOff.points().get(0).meters()).isEqualTo(dropOff.option().detourMeters());
    }

    @Test
    void thePreferredModeComesFirst() {
        ParcelQuote cheapestFirst = shopQuote(germany(), shirtReturn(Outcome.REFUND, null), 6);
        FirstMileMode notFirst = cheapestFirst.options().stream().map(o -> o.option().mode())
                .filter(m -> m != cheapestFirst.best().option().mode()).findFirst().orElseThrow();

        ParcelQuote preferred = shopQuote(germany(), shirtReturn(Outcome.REFUND, notFirst), 6);

        assertThat(preferred.best().option().mode()).isEqualTo(notFirst);
        assertThat(preferred.notes()).isEmpty();
    }

    @Test
    void aPreferredModeTheMarketForbidsIsExplained() {
        MarketRules noStores = rules(30, 14, EnumSet.of(FirstMileMode.HOME_PICKUP, FirstMileMode.DROP_OFF_POINT), 10);

        ParcelQuote quote = shopQuote(noStores, shirtReturn(Outcome.REFUND, FirstMileMode.STORE), 6);

        assertThat(quote.notes()).singleElement().asString()
                .contains("preferredMode STORE cannot be offered").contains("market DE do not allow it");
    }

    @Test
    void refundsGetARefundDateAndExchangesAShipDateAfterTheMarketsInspection() {
        RankedOption refund = shopQuote(germany(), shirtReturn(Outcome.REFUND, null), 6).best();
        RankedOption exchange = shopQuote(germany(), shirtReturn(Outcome.EXCHANGE, null), 6).best();

        assertThat(refund.dates().refundBy())
                .isEqualTo(MONDAY.plusDays(refund.option().daysToWarehouse() + (long) germany().inspectionDays()));
        assertThat(refund.dates().exchangeShipsOn()).isNull();
        assertThat(exchange.dates().refundBy()).isNull();
        assertThat(exchange.dates().exchangeShipsOn()).isNotNull();
        assertThat(refund.dates().handInBy()).isAfterOrEqualTo(MONDAY);
    }
}
