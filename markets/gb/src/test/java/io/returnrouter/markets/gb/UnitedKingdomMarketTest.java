package io.returnrouter.markets.gb;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketContract;
import io.returnrouter.markets.support.WithdrawalClock;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

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

    @Override
    protected int legalGuaranteeMonths() {
        return 72;
    }

    @Test
    void theCancellationPeriodEndsFourteenDaysAfterTheDayOfDeliveryOfTheLastGoods() {
        var floor = new UnitedKingdomMarket().definition().floor();

        // Delivered on Monday 2 March in two lots; the period starts on the day after the last lot.
        assertThat(floor.lastWithdrawalDay(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4))))
                .isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(floor.lastSendBackDay(List.of(LocalDate.of(2026, 3, 4)))).isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
