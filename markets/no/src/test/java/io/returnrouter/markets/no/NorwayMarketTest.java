package io.returnrouter.markets.no;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;

class NorwayMarketTest extends MarketContract {

    @Override
    protected DataMarketModule module() {
        return new NorwayMarket();
    }

    @Override
    protected Law law() {
        return new Law("NO", "NOK", WithdrawalClock.RECEIPT_OF_LAST_GOODS, 14, 14, CustomsStatus.OUTSIDE_EU_CUSTOMS_UNION,
                "EEA: angrerettloven", LocalDate.of(2026, 5, 1));
    }

    @Override
    protected int legalGuaranteeMonths() {
        return 24;
    }
}
