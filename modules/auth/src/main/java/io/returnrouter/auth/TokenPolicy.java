package io.returnrouter.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * What a token must satisfy besides its signature.
 *
 * @param issuer      the exact {@code iss}
 * @param audience    a value {@code aud} must contain
 * @param clockSkew   how far the clocks of issuer and server may differ
 * @param maxLifetime the longest {@code exp - iat} accepted, so a leaked token cannot live for years
 * @param rolesClaim  where the roles are: {@code roles}, or a dotted path such as Keycloak's
 *                    {@code realm_access.roles}
 * @param minRsaBits  the smallest RSA modulus accepted
 */
public record TokenPolicy(String issuer, String audience, Duration clockSkew, Duration maxLifetime,
                          String rolesClaim, int minRsaBits) {

    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofDays(31);
    public static final String DEFAULT_ROLES_CLAIM = "roles";
    public static final int DEFAULT_MIN_RSA_BITS = 2048;

    public TokenPolicy {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(rolesClaim, "rolesClaim");
        if (clockSkew.isNegative() || maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("clock skew must be >= 0 and the maximum lifetime > 0");
        }
    }

    /** ReturnRouter's own issuer and audience with the default limits. */
    public static TokenPolicy defaults() {
        return new TokenPolicy(Roles.DEFAULT_ISSUER, Roles.DEFAULT_AUDIENCE, DEFAULT_CLOCK_SKEW, DEFAULT_MAX_LIFETIME,
                DEFAULT_ROLES_CLAIM, DEFAULT_MIN_RSA_BITS);
    }
}
