package io.returnrouter.api.info;

import java.time.Instant;
import java.util.List;

/** What this installation is: its version, the markets and carriers it serves, its database. */
public record InfoResponse(String version,
                           List<MarketSummary> markets,
                           List<CarrierSummary> carriers,
                           DatabaseSummary database,
                           long starts,
                           Instant firstStartedAt) {

    public record MarketSummary(String code, String name, String currency) {
    }

    public record CarrierSummary(String id, String name) {
    }

    public record DatabaseSummary(String product, String schemaVersion) {
    }
}
