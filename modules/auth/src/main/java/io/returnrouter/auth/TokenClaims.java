package io.returnrouter.auth;

import java.time.Instant;
import java.util.List;

/**
 * What a verified token says about its bearer.
 *
 * @param roles   shop, planner, market-manager, admin
 * @param markets the ISO country codes a market manager may manage
 * @param shop    the shop a shop token speaks for (required for shop tokens), or null
 */
public record TokenClaims(String issuer, String subject, Instant issuedAt, Instant expiresAt, List<String> roles,
                          List<String> markets, String shop) {

    public TokenClaims {
        roles = roles == null ? List.of() : List.copyOf(roles);
        markets = markets == null ? List.of() : List.copyOf(markets);
    }
}
