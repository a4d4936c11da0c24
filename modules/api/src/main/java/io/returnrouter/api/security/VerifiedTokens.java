package io.returnrouter.api.security;

import io.returnrouter.auth.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the tokens whose RS256 signature was already checked, until they expire. A shop
 * backend sends the same token with every request; checking its signature each time cost more
 * than the rest of authentication. Only the exact token text that verified is remembered, with
 * the settings it verified against, so a changed byte, another key set or an expired token is
 * verified (and refused) in full again.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Bounds the memory a flood of distinct valid tokens can take; beyond it, start over. */
    static final int MAX_TOKENS = 10_000;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /**
     * The claims of a valid token.
     *
     * @throws Jwt.InvalidTokenException as {@link Jwt#verify} does
     */
    public Jwt.Claims verify(String token, AuthKeys.Settings settings, Instant now) {
        Verified known = verified.get(token);
        if (known != null && known.settings() == settings && stillValid(known.claims(), now)) {
            return known.claims();
        }
        if (known != null) {
            verified.remove(token);
        }
        Jwt.Claims claims = Jwt.verify(token, settings.keys(), settings.issuer(), now);
        if (verified.size() >= MAX_TOKENS) {
            verified.values().removeIf(v -> !stillValid(v.claims(), now));
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(settings, claims));
        return claims;
    }

    /** The same expiry rule as {@link Jwt#verify}; the other checks cannot change with time. */
    private static boolean stillValid(Jwt.Claims claims, Instant now) {
        return now.isBefore(claims.expiresAt().plus(Jwt.CLOCK_SKEW));
    }

    private record Verified(AuthKeys.Settings settings, Jwt.Claims claims) {
    }
}
