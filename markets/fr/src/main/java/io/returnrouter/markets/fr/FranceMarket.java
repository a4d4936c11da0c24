package io.returnrouter.markets.fr;

import io.returnrouter.markets.support.DataMarketModule;

/** France: the facts are in market.json next to this class; no rule here needs code. */
public final class FranceMarket extends DataMarketModule {
}
