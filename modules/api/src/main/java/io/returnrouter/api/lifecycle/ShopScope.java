package io.returnrouter.api.lifecycle;

import io.returnrouter.api.security.Caller;
import jakarta.ws.rs.core.SecurityContext;

/** The shop a caller speaks for: a shop token's shop, or null for an admin (any shop). */
final class ShopScope {

    private ShopScope() {
    }

    static String of(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof Caller caller && !caller.isAdmin()
                ? caller.shop() : null;
    }
}
