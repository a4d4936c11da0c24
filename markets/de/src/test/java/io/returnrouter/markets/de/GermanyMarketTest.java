package io.returnrouter.markets.de;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;

class GermanyMarketTest extends MarketContract {

    @Override
    protected DataMarketModule module() {
        return new GermanyMarket();
    }

    @Override
    protected Law law() {
        return new Law("DE", "EUR", WithdrawalClock.RECEIPT_OF_LAST_GOODS, 14, 14, CustomsStatus.EU_CUSTOMS_UNION,
                "BGB §§ 312g, 355-357", LocalDate.of(2026, 4, 3));
    }

    @Override
    protected int legalGuaranteeMonths() {
        return 24;
    }
}
