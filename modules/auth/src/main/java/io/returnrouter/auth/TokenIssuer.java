package io.returnrouter.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Issues RS256 bearer tokens with Nimbus JOSE+JWT (the CLI's {@code token} command and the tests):
 * {@code kid} names the public half, claims {@code iss sub aud iat nbf exp roles [markets] [shop]}.
 * Refuses what the server would refuse: unknown roles, a shop token without its shop, a market
 * manager's without markets.
 */
public final class TokenIssuer {

    private TokenIssuer() {
    }

    /** A token of ReturnRouter's own issuer and audience. */
    public static String issue(PrivateKey key, String issuer, String subject, List<String> roles,
                               List<String> markets, String shop, Duration validity, Instant now) {
        return issue(key, issuer, Roles.DEFAULT_AUDIENCE, subject, roles, markets, shop, validity, now);
    }

    public static String issue(PrivateKey key, String issuer, String audience, String subject, List<String> roles,
                               List<String> markets, String shop, Duration validity, Instant now) {
        requireConsistent(roles, markets, shop);
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("a token must be valid for some time");
        }
        Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer).subject(subject).audience(audience)
                .issueTime(Date.from(issuedAt)).notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(validity)))
                .claim("roles", List.copyOf(roles));
        if (markets != null && !markets.isEmpty()) {
            claims.claim("markets", List.copyOf(markets));
        }
        if (shop != null) {
            claims.claim("shop", shop);
        }
        return sign(claims.build(), key);
    }

    /** Signs any claims with an RSA private key, named by the key id of its public half. */
    public static String sign(JWTClaimsSet claims, PrivateKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(Keys.keyId(Keys.publicKeyOf(key))).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    private static void requireConsistent(List<String> roles, List<String> markets, String shop) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one role");
        }
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("unknown role " + role + "; roles: " + String.join(", ", Roles.ALL));
            }
        }
        if (roles.contains(Roles.ADMIN)) {
            return;
        }
        if (roles.contains(Roles.SHOP) && (shop == null || shop.isBlank())) {
            throw new IllegalArgumentException("a shop token needs its shop (--shop)");
        }
        if (roles.contains(Roles.MARKET_MANAGER) && (markets == null || markets.isEmpty())) {
            throw new IllegalArgumentException("a market-manager token needs its markets (--markets)");
        }
    }
}
