package io.returnrouter.api.security;

import io.returnrouter.auth.InvalidTokenException;
import io.returnrouter.auth.TokenClaims;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the tokens whose signature was already checked, until they expire. A shop backend
 * sends the same token with every request; checking its signature each time cost more than the
 * rest of authentication. Only the exact token text that verified is remembered, with the
 * settings it verified against, so a changed byte, another key set or an expired token is
 * verified (and refused) in full again. With an identity provider's JWKS a token is checked again
 * after the JWKS cache time, so a key the provider stopped listing stops working.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Bounds the memory a flood of distinct valid tokens can take; beyond it, start over. */
    static final int MAX_TOKENS = 10_000;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /**
     * The claims of a valid token.
     *
     * @throws InvalidTokenException as {@link io.returnrouter.auth.TokenVerifier#verify} does
     */
    public TokenClaims verify(String token, AuthKeys.Settings settings) {
        Instant now = settings.clock().instant();
        Verified known = verified.get(token);
        if (known != null && known.settings() == settings && now.isBefore(known.until())) {
            return known.claims();
        }
        if (known != null) {
            verified.remove(token);
        }
        TokenClaims claims = settings.verifier().verify(token);
        if (verified.size() >= MAX_TOKENS) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
        }
        Instant expires = claims.expiresAt().plus(settings.policy().clockSkew());
        Instant recheck = now.plus(settings.recheckAfter());
        verified.put(token, new Verified(settings, claims, expires.isBefore(recheck) ? expires : recheck));
        return claims;
    }

    private record Verified(AuthKeys.Settings settings, TokenClaims claims, Instant until) {
    }
}
