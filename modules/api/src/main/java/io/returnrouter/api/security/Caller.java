package io.returnrouter.api.security;

import io.returnrouter.auth.TokenClaims;
import io.returnrouter.auth.Roles;
import java.security.Principal;
import java.util.List;

/**
 * Who sent a request, as its verified token says. An admin has every role and every market.
 *
 * @param markets the countries a market manager may manage
 * @param shop    the shop a shop token speaks for (shop tokens always name one), null for other roles
 */
public record Caller(String subject, List<String> roles, List<String> markets, String shop) implements Principal {

    /** The request property the authentication filter stores the caller under. */
    public static final String PROPERTY = Caller.class.getName();

    public Caller {
        roles = List.copyOf(roles);
        markets = List.copyOf(markets);
    }

    static Caller of(TokenClaims claims) {
        return new Caller(claims.subject(), claims.roles(), claims.markets(), claims.shop());
    }

    @Override
    public String getName() {
        return subject;
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean hasRole(String role) {
        return isAdmin() || roles.contains(role);
    }

    /** An admin, or a market manager whose token lists the market. */
    public boolean mayManageMarket(String countryCode) {
        return isAdmin() || (roles.contains(Roles.MARKET_MANAGER) && markets.contains(countryCode));
    }

    /** The roles as one value for the audit trail, e.g. "market-manager". */
    public String roleSummary() {
        return String.join(",", roles);
    }
}
