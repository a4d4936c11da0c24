package io.returnrouter.markets.ch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

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

    @Override
    protected int legalGuaranteeMonths() {
        return 24;
    }

    @Test
    void hasNoStatutoryWithdrawalPeriodToCount() {
        var floor = new SwitzerlandMarket().definition().floor();

        assertThat(floor.statutory()).isFalse();
        assertThatThrownBy(() -> floor.lastWithdrawalDay(List.of(LocalDate.of(2026, 3, 2))))
                .hasMessageContaining("no statutory withdrawal period");
    }
}
