package io.returnrouter.api.notify;

import io.returnrouter.markets.support.DataMarketModule;

/** Germany's market.json (copied beside this class): languages de, a 14-day statutory refund deadline. */
public class TestMarket extends DataMarketModule {
}
