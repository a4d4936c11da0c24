package io.returnrouter.markets.pl;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;

class PolandMarketTest extends MarketContract {

    @Override
    protected DataMarketModule module() {
        return new PolandMarket();
    }

    @Override
    protected Law law() {
        return new Law("PL", "PLN", WithdrawalClock.RECEIPT_OF_LAST_GOODS, 14, 14, CustomsStatus.EU_CUSTOMS_UNION,
                "Ustawa o prawach konsumenta art. 27-38", LocalDate.of(2026, 11, 11));
    }

    @Override
    protected int legalGuaranteeMonths() {
        return 24;
    }
}
