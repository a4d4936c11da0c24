package io.returnrouter.markets.de;

import io.returnrouter.markets.support.DataMarketModule;

/** Germany: the facts are in market.json next to this class; no rule here needs code. */
public final class GermanyMarket extends DataMarketModule {
}
