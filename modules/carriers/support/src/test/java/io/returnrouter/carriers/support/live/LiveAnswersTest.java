package io.returnrouter.carriers.support.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.carriers.support.ExchangeRates;
import io.returnrouter.core.model.Address;
import io.returnrouter.core.model.GeoPoint;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.PlaceDetails;
import io.returnrouter.core.model.PlaceSource;
import io.returnrouter.core.spi.carrier.Measure;
import io.returnrouter.core.spi.carrier.PointOffer;
import io.returnrouter.core.spi.carrier.PointQuery;
import io.returnrouter.core.spi.carrier.PriceSource;
import io.returnrouter.core.spi.carrier.RateQuote;
import io.returnrouter.core.spi.carrier.RateRequest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveAnswersTest {

    private static final ExchangeRates RATES = new ExchangeRates(Map.of(Currency.getInstance("NOK"), new BigDecimal("0.085")));
    private static final RateRequest REQUEST = new RateRequest("bring-pickup-point-return", new Lane("NO", "NO"),
            Measure.of(300, 200, 100, 1_000));

    @Test
    void aWellFormedAnswerIsALiveQuoteInEuroCents() {
        RateQuote quote = LiveAnswers.toQuote("bring", REQUEST,
                new RateAnswerBody("bring-pickup-point-return", "52.00", "NOK"), RATES);

        assertThat(quote.source()).isEqualTo(PriceSource.LIVE);
        assertThat(quote.amount()).isEqualByComparingTo("52.00");
        assertThat(quote.euroCents()).isEqualTo(442);
    }

    @Test
    void malformedPricesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> LiveAnswers.toQuote("bring", REQUEST, null, RATES)).hasMessageContaining("empty body");
        assertThatThrownBy(() -> LiveAnswers.toQuote("bring", REQUEST, new RateAnswerBody("other", "1.00", "NOK"), RATES))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("priced service other");
        assertThatThrownBy(() -> LiveAnswers.toQuote("bring", REQUEST,
                new RateAnswerBody("bring-pickup-point-return", "cheap", "NOK"), RATES)).hasMessageContaining("not a decimal");
        assertThatThrownBy(() -> LiveAnswers.toQuote("bring", REQUEST,
                new RateAnswerBody("bring-pickup-point-return", "-1.00", "NOK"), RATES)).hasMessageContaining("non-negative");
        assertThatThrownBy(() -> LiveAnswers.toQuote("bring", REQUEST,
                new RateAnswerBody("bring-pickup-point-return", "1.005", "NOK"), RATES)).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> LiveAnswers.toQuote("bring", REQUEST,
                new RateAnswerBody("bring-pickup-point-return", "1.00", "KRONE"), RATES)).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> LiveAnswers.toQuote("bring", REQUEST,
                new RateAnswerBody("bring-pickup-point-return", "1.00", "JPY"), RATES)).hasMessageContaining("no exchange rate");
    }

    @Test
    void pointsAreSortedByDistanceCutToTheLimitAndCheckedOneByOne() {
        PointQuery query = new PointQuery(new GeoPoint(59.91, 10.75), Measure.of(300, 200, 100, 1_000), 2);
        PointsAnswerBody answer = new PointsAnswerBody(Arrays.asList(
                new PointBody("far", "LOCKER", 59.95, 10.75, "NO", "0150", null, null, null, null, null),
                new PointBody("near", "parcel_shop", 59.911, 10.75, "NO", "0150", null, null, null, null, null),
                new PointBody("mid", "POST_OFFICE", 59.92, 10.75, "NO", null, null, null, null, null, null)));

        assertThat(LiveAnswers.toPoints("bring", query, answer).points()).extracting(PointOffer::pointId)
                .containsExactly("near", "mid");
        assertThatThrownBy(() -> LiveAnswers.toPoints("bring", query, new PointsAnswerBody(List.of(
                new PointBody("x", "KIOSK", 59.9, 10.7, "NO", "", null, null, null, null, null)))))
                .hasMessageContaining("point x has unknown type \"KIOSK\"");
        assertThatThrownBy(() -> LiveAnswers.toPoints("bring", query, new PointsAnswerBody(List.of(
                new PointBody("x", "LOCKER", 95.0, 10.7, "NO", "", null, null, null, null, null)))))
                .hasMessageContaining("point x: latitude must be within");
        assertThatThrownBy(() -> LiveAnswers.toPoints("bring", query, new PointsAnswerBody(null)))
                .hasMessageContaining("no points list");
    }

    @Test
    void pointDetailsTheCarrierSendsAreKeptAsLiveAndAPointWithoutNameOrCityHasNone() {
        PointQuery query = new PointQuery(new GeoPoint(59.91, 10.75), Measure.of(300, 200, 100, 1_000), 5);
        PointsAnswerBody answer = new PointsAnswerBody(List.of(
                new PointBody("p1", "PARCEL_SHOP", 59.911, 10.75, "NO", "0150", "123456", "Kiwi Grünerløkka",
                        "Thorvald Meyers gate 1", "Oslo", "Mo-Fr 07:00-23:00; Sa 08:00-21:00"),
                new PointBody("p2", "LOCKER", 59.92, 10.75, "NO", "0151", null, "Pakkeautomat Torggata", null, "Oslo",
                        null),
                new PointBody("p3", "LOCKER", 59.93, 10.75, "NO", "0152", "777", "No city", null, null, null)));

        List<PointOffer> offers = LiveAnswers.toPoints("bring", query, answer).points();

        PlaceDetails first = offers.get(0).details();
        assertThat(first.code()).isEqualTo("123456");
        assertThat(first.name()).isEqualTo("Kiwi Grünerløkka");
        assertThat(first.address()).isEqualTo(new Address("Thorvald Meyers gate 1", "0150", "Oslo", "NO"));
        assertThat(first.openingHours()).isEqualTo("Mo-Fr 07:00-23:00; Sa 08:00-21:00");
        assertThat(first.source()).isEqualTo(PlaceSource.LIVE);
        assertThat(offers.get(1).details().code()).as("the point id stands in for a missing code").isEqualTo("p2");
        assertThat(offers.get(1).details().address().street()).isNull();
        assertThat(offers.get(2).details()).isNull();
    }
}
