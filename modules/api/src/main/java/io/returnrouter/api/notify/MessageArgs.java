package io.returnrouter.api.notify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * What a customer text may say about one event; unknown facts are null and the texts choose a
 * wording without them (ICU {@code select} on {@code hasAmount}, {@code hasDate}).
 *
 * @param date   the day that matters for the event: hand in by, expected arrival, refund started,
 *               replacement shipped, refund due
 * @param days   a count of days: inspection days, days late, days left
 * @param late   for return.delayed: HAND_IN, HUB or WAREHOUSE
 * @param result for return.inspected: ACCEPTED, PARTLY_ACCEPTED or REFUSED
 */
public record MessageArgs(String shop, String returnId, LocalDate date, BigDecimal amount, Currency currency,
                          Integer days, String late, String result) {

    public static MessageArgs of(String shop, String returnId) {
        return new MessageArgs(shop, returnId, null, null, null, null, null, null);
    }

    public MessageArgs withDate(LocalDate day) {
        return new MessageArgs(shop, returnId, day, amount, currency, days, late, result);
    }

    public MessageArgs withAmount(BigDecimal value, Currency in) {
        return new MessageArgs(shop, returnId, date, value, in, days, late, result);
    }

    public MessageArgs withDays(Integer count) {
        return new MessageArgs(shop, returnId, date, amount, currency, count, late, result);
    }

    public MessageArgs withLate(String milestone) {
        return new MessageArgs(shop, returnId, date, amount, currency, days, milestone, result);
    }

    public MessageArgs withResult(String inspection) {
        return new MessageArgs(shop, returnId, date, amount, currency, days, late, inspection);
    }
}
