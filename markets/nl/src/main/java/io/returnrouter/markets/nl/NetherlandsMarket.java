package io.returnrouter.markets.nl;

import io.returnrouter.markets.support.DataMarketModule;

/** Netherlands: the facts are in market.json next to this class; no rule here needs code. */
public final class NetherlandsMarket extends DataMarketModule {
}
