package io.returnrouter.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies bearer tokens with Nimbus JOSE+JWT: RS256 or ES256 only, the key chosen by the
 * header's {@code kid} from a key source (PEM keys, a JWKS document of an identity provider, or
 * both), then {@code iss}, {@code aud}, {@code exp}, {@code nbf} and {@code iat} within the clock
 * skew, the maximum lifetime, and the claims a role needs ({@code shop}, {@code markets}).
 */
public final class TokenVerifier {

    /** Tokens larger than this are refused before any parsing. */
    public static final int MAX_TOKEN_CHARS = 8_192;

    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

    private final TokenPolicy policy;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public TokenVerifier(TokenPolicy policy, JWKSource<SecurityContext> keys, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        processor.setJWSKeySelector(new SizedKeySelector(keys, policy.minRsaBits()));
        processor.setJWTClaimsSetVerifier(new ClaimsVerifier(policy, clock));
    }

    public TokenPolicy policy() {
        return policy;
    }

    /**
     * The claims of a valid token.
     *
     * @throws InvalidTokenException saying what is wrong, in words fit for a 401 answer
     */
    public TokenClaims verify(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("the token is empty");
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            throw new InvalidTokenException("the token is longer than " + MAX_TOKEN_CHARS + " characters");
        }
        SignedJWT signed = signed(token);
        JWSHeader header = signed.getHeader();
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            throw new InvalidTokenException("the token must be signed with RS256 or ES256, not "
                    + printable(header.getAlgorithm().getName()));
        }
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            throw new InvalidTokenException("the token's header names no key (kid)");
        }
        try {
            return claims(processor.process(signed, null));
        } catch (BadJWSException e) {
            throw new InvalidTokenException("the token's signature does not match its key", e);
        } catch (BadJWTException e) {
            throw new InvalidTokenException(describe(e), e);
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("the token is signed with a key this server does not accept (kid "
                    + printable(header.getKeyID()) + ")", e);
        } catch (KeySourceException e) {
            // Fail closed: a kid we cannot look up is refused like an unknown one, saying why.
            throw new InvalidTokenException(e instanceof WeakKeyException ? e.getMessage()
                    : "the token is signed with a key this server does not accept now (kid "
                    + printable(header.getKeyID()) + "): the keys of the identity provider cannot be fetched", e);
        } catch (JOSEException e) {
            throw new InvalidTokenException("the token's signature cannot be checked", e);
        }
    }

    private static SignedJWT signed(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new InvalidTokenException("the token is not a well-formed JWT (header.payload.signature)", e);
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new InvalidTokenException("the token must be signed with RS256 or ES256; unsecured (alg none) and "
                    + "encrypted tokens are refused");
        }
        return signed;
    }

    private TokenClaims claims(JWTClaimsSet set) throws BadJWTException {
        try {
            List<String> roles = roles(set);
            List<String> markets = set.getStringListClaim("markets");
            String shop = set.getStringClaim("shop");
            TokenClaims claims = new TokenClaims(set.getIssuer(), set.getSubject(), set.getIssueTime().toInstant(),
                    set.getExpirationTime().toInstant(), roles, markets, shop);
            requireRoleClaims(claims);
            return claims;
        } catch (ParseException e) {
            throw new BadJWTException("the token's claims roles, markets and shop must be strings or lists of strings");
        }
    }

    private List<String> roles(JWTClaimsSet set) throws ParseException {
        String[] path = policy.rolesClaim().split("\\.");
        Map<String, Object> holder = set.getClaims();
        for (int i = 0; i < path.length - 1 && holder != null; i++) {
            Object next = holder.get(path[i]);
            holder = next instanceof Map<?, ?> map ? cast(map) : null;
        }
        Object value = holder == null ? null : holder.get(path[path.length - 1]);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String single) {
            return List.of(single);
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            List<String> roles = new ArrayList<>();
            list.forEach(v -> roles.add((String) v));
            return roles;
        }
        throw new ParseException(policy.rolesClaim(), 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** A shop token acts for one shop and a manager's for listed markets: without them, for nobody. */
    private static void requireRoleClaims(TokenClaims claims) throws BadJWTException {
        if (claims.roles().contains(Roles.ADMIN)) {
            return;
        }
        if (claims.roles().contains(Roles.SHOP) && (claims.shop() == null || claims.shop().isBlank())) {
            throw new BadJWTException("a shop token must name its shop (claim shop)");
        }
        if (claims.roles().contains(Roles.MARKET_MANAGER) && claims.markets().isEmpty()) {
            throw new BadJWTException("a market-manager token must list its markets (claim markets)");
        }
    }

    /** Nimbus's claim messages, said the way the rest of the API says things. */
    private String describe(BadJWTException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("the ") || message.startsWith("a ")) {
            return message; // ours, below
        }
        if (message.startsWith("Expired JWT")) {
            return "the token has expired";
        }
        if (message.startsWith("JWT before use time")) {
            return "the token is not valid yet (nbf)";
        }
        if (message.contains("audience")) {
            return "the token is not meant for this service (aud must contain " + policy.audience() + ")";
        }
        if (message.contains(" iss ")) {
            return "the token was not issued by " + policy.issuer();
        }
        if (message.startsWith("JWT missing required claims")) {
            return "the token lacks required claims (iss, sub, aud, iat, exp)";
        }
        return printable(message);
    }

    /** Claims values may be hostile: never echo control characters or quotes into answers or logs. */
    static String printable(String text) {
        String cleaned = text.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "?");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) + "…" : cleaned;
    }

    /** Nimbus's checks of iss, aud, exp, nbf and required claims, plus iat and the maximum lifetime. */
    private static final class ClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {
        private final TokenPolicy policy;
        private final Clock clock;

        ClaimsVerifier(TokenPolicy policy, Clock clock) {
            super(Set.of(policy.audience()), new JWTClaimsSet.Builder().issuer(policy.issuer()).build(),
                    Set.of("sub", "iat", "exp"), null);
            this.policy = policy;
            this.clock = clock;
            setMaxClockSkew((int) policy.clockSkew().toSeconds());
        }

        @Override
        protected Date currentTime() {
            return Date.from(clock.instant());
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            super.verify(claims, context);
            Instant issued = claims.getIssueTime().toInstant();
            if (issued.isAfter(clock.instant().plus(policy.clockSkew()))) {
                throw new BadJWTException("the token is issued in the future (iat)");
            }
            Duration lifetime = Duration.between(issued, claims.getExpirationTime().toInstant());
            if (lifetime.compareTo(policy.maxLifetime()) > 0) {
                throw new BadJWTException("the token lives longer (" + lifetime.toDays() + " days) than the "
                        + policy.maxLifetime().toDays() + " days this server accepts");
            }
            if (claims.getSubject().isBlank()) {
                throw new BadJWTException("the token names no subject (sub)");
            }
        }
    }

    /** Nimbus's selection by algorithm and kid, refusing RSA keys below the minimum size. */
    private static final class SizedKeySelector extends JWSVerificationKeySelector<SecurityContext> {
        private final int minRsaBits;

        SizedKeySelector(JWKSource<SecurityContext> keys, int minRsaBits) {
            super(ALGORITHMS, keys);
            this.minRsaBits = minRsaBits;
        }

        @Override
        public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
            List<Key> keys = super.selectJWSKeys(header, context);
            for (Key key : keys) {
                if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < minRsaBits) {
                    throw new WeakKeyException("the token's key (kid " + printable(header.getKeyID()) + ") is an RSA "
                            + "key of " + rsa.getModulus().bitLength() + " bits; at least " + minRsaBits
                            + " are required");
                }
            }
            return keys;
        }
    }

    private static final class WeakKeyException extends KeySourceException {
        WeakKeyException(String message) {
            super(message);
        }
    }
}
