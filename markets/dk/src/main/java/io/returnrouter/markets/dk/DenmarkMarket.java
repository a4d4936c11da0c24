package io.returnrouter.markets.dk;

import io.returnrouter.markets.support.DataMarketModule;

/** Denmark: the facts are in market.json next to this class; no rule here needs code. */
public final class DenmarkMarket extends DataMarketModule {
}
