package io.returnrouter.markets.dk;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;

class DenmarkMarketTest extends MarketContract {

    @Override
    protected DataMarketModule module() {
        return new DenmarkMarket();
    }

    @Override
    protected Law law() {
        return new Law("DK", "DKK", WithdrawalClock.RECEIPT_OF_LAST_GOODS, 14, 14, CustomsStatus.EU_CUSTOMS_UNION,
                "Forbrugeraftaleloven §§ 18-25", LocalDate.of(2026, 4, 2));
    }

    @Override
    protected int legalGuaranteeMonths() {
        return 24;
    }
}
