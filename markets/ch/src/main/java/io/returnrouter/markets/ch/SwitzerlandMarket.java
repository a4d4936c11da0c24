package io.returnrouter.markets.ch;

import io.returnrouter.markets.support.DataMarketModule;

/** Switzerland: the facts are in market.json next to this class; no rule here needs code. */
public final class SwitzerlandMarket extends DataMarketModule {
}
