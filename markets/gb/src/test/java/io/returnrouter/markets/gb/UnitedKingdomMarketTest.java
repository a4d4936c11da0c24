package io.returnrouter.markets.gb;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;

class UnitedKingdomMarketTest extends MarketContract {

    @Override
    protected DataMarketModule module() {
        return new UnitedKingdomMarket();
    }

    @Override
    protected Law law() {
        return new Law("GB", "GBP", WithdrawalClock.DAY_AFTER_DELIVERY, 14, 14, CustomsStatus.OUTSIDE_EU_CUSTOMS_UNION,
                "Consumer Contracts", LocalDate.of(2026, 12, 25));
    }
}
