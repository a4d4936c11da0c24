package io.returnrouter.markets.be;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;

class BelgiumMarketTest extends MarketContract {

    @Override
    protected DataMarketModule module() {
        return new BelgiumMarket();
    }

    @Override
    protected Law law() {
        return new Law("BE", "EUR", WithdrawalClock.RECEIPT_OF_LAST_GOODS, 14, 14, CustomsStatus.EU_CUSTOMS_UNION,
                "Code de droit économique Art. VI.47-VI.5", LocalDate.of(2026, 7, 21));
    }

    @Override
    protected int legalGuaranteeMonths() {
        return 24;
    }
}
