package io.returnrouter.markets.pl;

import io.returnrouter.markets.support.DataMarketModule;

/** Poland: the facts are in market.json next to this class; no rule here needs code. */
public final class PolandMarket extends DataMarketModule {
}
