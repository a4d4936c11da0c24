package io.returnrouter.markets.fr;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;

class FranceMarketTest extends MarketContract {

    @Override
    protected DataMarketModule module() {
        return new FranceMarket();
    }

    @Override
    protected Law law() {
        return new Law("FR", "EUR", WithdrawalClock.RECEIPT_OF_LAST_GOODS, 14, 14, CustomsStatus.EU_CUSTOMS_UNION,
                "Code de la consommation L221-18 à L221-2", LocalDate.of(2026, 7, 14));
    }

    @Override
    protected int legalGuaranteeMonths() {
        return 24;
    }
}
