package io.returnrouter.markets.nl;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;

class NetherlandsMarketTest extends MarketContract {

    @Override
    protected DataMarketModule module() {
        return new NetherlandsMarket();
    }

    @Override
    protected Law law() {
        return new Law("NL", "EUR", WithdrawalClock.RECEIPT_OF_LAST_GOODS, 14, 14, CustomsStatus.EU_CUSTOMS_UNION,
                "Burgerlijk Wetboek Boek 6 art. 230o-230t", LocalDate.of(2026, 4, 27));
    }

    @Override
    protected int legalGuaranteeMonths() {
        return 24;
    }
}
