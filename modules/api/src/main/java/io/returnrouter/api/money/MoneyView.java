package io.returnrouter.api.money;

import io.returnrouter.core.money.ExchangeRates;
import io.returnrouter.core.money.Money;
import java.util.Currency;

/** Renders amounts for one answer: in their own currency, and in the reporting currency beside them. */
public final class MoneyView {

    private final ExchangeRates rates;
    private final Currency reporting;

    public MoneyView(ExchangeRates rates, Currency reporting) {
        this.rates = rates;
        this.reporting = reporting;
    }

    public Currency reportingCurrency() {
        return reporting;
    }

    public ExchangeRates rates() {
        return rates;
    }

    public MoneyDto of(Money money) {
        MoneyDto converted = money.currency().equals(reporting) ? null : plain(rates.convert(money, reporting));
        return new MoneyDto(money.amount().toPlainString(), money.currency().getCurrencyCode(), converted);
    }

    private static MoneyDto plain(Money money) {
        return new MoneyDto(money.amount().toPlainString(), money.currency().getCurrencyCode(), null);
    }
}
