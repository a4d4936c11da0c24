package io.returnrouter.markets.se;

import io.returnrouter.markets.support.DataMarketModule;

/** Sweden: the facts are in market.json next to this class; no rule here needs code. */
public final class SwedenMarket extends DataMarketModule {
}
