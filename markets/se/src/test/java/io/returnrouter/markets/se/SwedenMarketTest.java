package io.returnrouter.markets.se;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;

class SwedenMarketTest extends MarketContract {

    @Override
    protected DataMarketModule module() {
        return new SwedenMarket();
    }

    @Override
    protected Law law() {
        return new Law("SE", "SEK", WithdrawalClock.RECEIPT_OF_LAST_GOODS, 14, 14, CustomsStatus.EU_CUSTOMS_UNION,
                "Distansavtalslagen", LocalDate.of(2026, 1, 6));
    }

    @Override
    protected int legalGuaranteeMonths() {
        return 36;
    }
}
