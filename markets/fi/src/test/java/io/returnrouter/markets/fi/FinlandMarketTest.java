package io.returnrouter.markets.fi;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;

class FinlandMarketTest extends MarketContract {

    @Override
    protected DataMarketModule module() {
        return new FinlandMarket();
    }

    @Override
    protected Law law() {
        return new Law("FI", "EUR", WithdrawalClock.RECEIPT_OF_LAST_GOODS, 14, 14, CustomsStatus.EU_CUSTOMS_UNION,
                "Kuluttajansuojalaki 6 luku 14-16 §", LocalDate.of(2026, 12, 24));
    }

    @Override
    protected int legalGuaranteeMonths() {
        return 24;
    }
}
