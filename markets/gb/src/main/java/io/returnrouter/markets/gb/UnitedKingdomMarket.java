package io.returnrouter.markets.gb;

import io.returnrouter.markets.support.DataMarketModule;

/** United Kingdom: the facts are in market.json next to this class; no rule here needs code. */
public final class UnitedKingdomMarket extends DataMarketModule {
}
