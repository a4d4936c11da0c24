package io.returnrouter.markets.ch;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;

class SwitzerlandMarketTest extends MarketContract {

    @Override
    protected DataMarketModule module() {
        return new SwitzerlandMarket();
    }

    @Override
    protected Law law() {
        return new Law("CH", "CHF", WithdrawalClock.NONE, 0, 0, CustomsStatus.OUTSIDE_EU_CUSTOMS_UNION,
                "no statutory right of withdrawal", LocalDate.of(2026, 8, 1));
    }
}
