package io.returnrouter.carriers.support.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.carriers.support.ExchangeRates;
import io.returnrouter.carriers.support.Measure;
import io.returnrouter.carriers.support.PointOffer;
import io.returnrouter.carriers.support.PriceSource;
import io.returnrouter.carriers.support.RateQuote;
import io.returnrouter.carriers.support.RateRequest;
import io.returnrouter.core.model.GeoPoint;
import io.returnrouter.core.model.Lane;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;

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
                new PointBody("far", "LOCKER", 59.95, 10.75, "NO", "0150"),
                new PointBody("near", "parcel_shop", 59.911, 10.75, "NO", "0150"),
                new PointBody("mid", "POST_OFFICE", 59.92, 10.75, "NO", null)));

        assertThat(LiveAnswers.toPoints("bring", query, answer).points()).extracting(PointOffer::pointId)
                .containsExactly("near", "mid");
        assertThatThrownBy(() -> LiveAnswers.toPoints("bring", query, new PointsAnswerBody(List.of(
                new PointBody("x", "KIOSK", 59.9, 10.7, "NO", "")))))
                .hasMessageContaining("point x has unknown type \"KIOSK\"");
        assertThatThrownBy(() -> LiveAnswers.toPoints("bring", query, new PointsAnswerBody(List.of(
                new PointBody("x", "LOCKER", 95.0, 10.7, "NO", "")))))
                .hasMessageContaining("point x: latitude must be within");
        assertThatThrownBy(() -> LiveAnswers.toPoints("bring", query, new PointsAnswerBody(null)))
                .hasMessageContaining("no points list");
    }
}
