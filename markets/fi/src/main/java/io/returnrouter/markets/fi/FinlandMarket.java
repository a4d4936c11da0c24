package io.returnrouter.markets.fi;

import io.returnrouter.markets.support.DataMarketModule;

/** Finland: the facts are in market.json next to this class; no rule here needs code. */
public final class FinlandMarket extends DataMarketModule {
}
