package io.returnrouter.markets.be;

import io.returnrouter.markets.support.DataMarketModule;

/** Belgium: the facts are in market.json next to this class; no rule here needs code. */
public final class BelgiumMarket extends DataMarketModule {
}
