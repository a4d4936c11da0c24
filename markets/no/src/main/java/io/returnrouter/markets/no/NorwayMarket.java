package io.returnrouter.markets.no;

import io.returnrouter.markets.support.DataMarketModule;

/** Norway: the facts are in market.json next to this class; no rule here needs code. */
public final class NorwayMarket extends DataMarketModule {
}
