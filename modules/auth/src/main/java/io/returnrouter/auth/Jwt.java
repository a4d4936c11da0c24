package io.returnrouter.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compact JSON Web Tokens signed with RS256 (RFC 7515/7519), with {@code java.security} only. The
 * one place where ReturnRouter signs (CLI, tests) and verifies (server) tokens.
 *
 * <p>Only what ReturnRouter needs: header {@code {"alg":"RS256","typ":"JWT","kid":…}}; claims
 * {@code iss, sub, iat, exp, roles, markets, shop}. Any other algorithm is refused, so "none" and
 * HMAC-with-the-public-key tricks cannot pass.
 */
public final class Jwt {

    public static final String ALGORITHM = "RS256";
    /** Clocks of issuer and server may differ a little. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** Tokens larger than this are refused before any parsing. */
    public static final int MAX_TOKEN_CHARS = 8_192;

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private Jwt() {
    }

    /** Signs the claims with the private key; {@code kid} names the matching public key. */
    public static String sign(Claims claims, PrivateKey key, String keyId) {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(key, "key");
        StringBuilder header = new StringBuilder("{\"alg\":\"RS256\",\"typ\":\"JWT\"");
        if (keyId != null) {
            header.append(",\"kid\":").append(MiniJson.quote(keyId));
        }
        header.append('}');
        String signingInput = b64(header.toString()) + "." + b64(claims.toJson());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /**
     * Issues a token for a subject: signed with the private key, named by the key id of its public
     * half, valid from now for the given duration.
     */
    public static String issue(PrivateKey key, String issuer, String subject, List<String> roles,
                               List<String> markets, String shop, Duration validity, Instant now) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one role");
        }
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("unknown role " + role + "; roles: " + String.join(", ", Roles.ALL));
            }
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("a token must be valid for some time");
        }
        Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
        Claims claims = new Claims(issuer, subject, issuedAt, issuedAt.plus(validity), roles, markets, shop);
        return sign(claims, key, Keys.keyId(Keys.publicKeyOf(key)));
    }

    /**
     * Checks the signature against any of the accepted keys (several during a key rotation), then
     * issuer and lifetime.
     *
     * @throws InvalidTokenException saying what is wrong, in words fit for a 401 answer
     */
    public static Claims verify(String token, Collection<PublicKey> acceptedKeys, String issuer, Instant now) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("the token is empty");
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            throw new InvalidTokenException("the token is longer than " + MAX_TOKEN_CHARS + " characters");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("the token is not a signed JWT (header.payload.signature)");
        }
        Map<String, Object> header = parseJson(parts[0], "header");
        if (!ALGORITHM.equals(header.get("alg"))) {
            throw new InvalidTokenException("the token must be signed with RS256");
        }
        byte[] signature;
        try {
            signature = B64D.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("the token's signature is not base64url");
        }
        byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        if (!signedByAny(signingInput, signature, acceptedKeys)) {
            throw new InvalidTokenException("the token's signature does not match an accepted key");
        }
        Claims claims = Claims.fromJson(parseJson(parts[1], "payload"));
        if (!Objects.equals(issuer, claims.issuer())) {
            throw new InvalidTokenException("the token was not issued by " + issuer);
        }
        if (claims.expiresAt() == null || !now.isBefore(claims.expiresAt().plus(CLOCK_SKEW))) {
            throw new InvalidTokenException("the token has expired");
        }
        if (claims.issuedAt() != null && claims.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidTokenException("the token is issued in the future");
        }
        if (claims.subject() == null || claims.subject().isBlank()) {
            throw new InvalidTokenException("the token names no subject");
        }
        return claims;
    }

    private static boolean signedByAny(byte[] input, byte[] signature, Collection<PublicKey> keys) {
        for (PublicKey key : keys) {
            try {
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initVerify(key);
                rsa.update(input);
                if (rsa.verify(signature)) {
                    return true;
                }
            } catch (GeneralSecurityException e) {
                // a malformed signature or a key of another type: try the next key
            }
        }
        return false;
    }

    private static Map<String, Object> parseJson(String part, String what) {
        String json;
        try {
            json = new String(B64D.decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("the token's " + what + " is not base64url");
        }
        try {
            return MiniJson.parseObject(json);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("the token's " + what + " is not a JSON object");
        }
    }

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What a token says about its bearer.
     *
     * @param roles   shop, planner, market-manager, admin
     * @param markets the ISO country codes a market manager may manage
     * @param shop    the shop a shop token speaks for, or null
     */
    public record Claims(String issuer, String subject, Instant issuedAt, Instant expiresAt, List<String> roles,
                         List<String> markets, String shop) {

        public Claims {
            roles = roles == null ? List.of() : List.copyOf(roles);
            markets = markets == null ? List.of() : List.copyOf(markets);
        }

        String toJson() {
            StringBuilder json = new StringBuilder("{");
            json.append("\"iss\":").append(MiniJson.quote(issuer));
            json.append(",\"sub\":").append(MiniJson.quote(subject));
            if (issuedAt != null) {
                json.append(",\"iat\":").append(issuedAt.getEpochSecond());
            }
            json.append(",\"exp\":").append(expiresAt.getEpochSecond());
            json.append(",\"roles\":").append(MiniJson.quote(roles));
            if (!markets.isEmpty()) {
                json.append(",\"markets\":").append(MiniJson.quote(markets));
            }
            if (shop != null) {
                json.append(",\"shop\":").append(MiniJson.quote(shop));
            }
            return json.append('}').toString();
        }

        static Claims fromJson(Map<String, Object> json) {
            return new Claims(string(json, "iss"), string(json, "sub"), instant(json, "iat"), instant(json, "exp"),
                    strings(json, "roles"), strings(json, "markets"), string(json, "shop"));
        }

        private static String string(Map<String, Object> json, String name) {
            Object value = json.get(name);
            if (value != null && !(value instanceof String)) {
                throw new InvalidTokenException("the token's claim " + name + " must be a string");
            }
            return (String) value;
        }

        private static Instant instant(Map<String, Object> json, String name) {
            Object value = json.get(name);
            if (value == null) {
                return null;
            }
            if (!(value instanceof Number number)) {
                throw new InvalidTokenException("the token's claim " + name + " must be seconds since the epoch");
            }
            return Instant.ofEpochSecond(number.longValue());
        }

        private static List<String> strings(Map<String, Object> json, String name) {
            Object value = json.get(name);
            if (value == null) {
                return List.of();
            }
            if (value instanceof String single) {
                return List.of(single);
            }
            if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
                throw new InvalidTokenException("the token's claim " + name + " must be a list of strings");
            }
            List<String> strings = new ArrayList<>();
            list.forEach(v -> strings.add((String) v));
            return strings;
        }
    }

    /** A token that must not be trusted; the message says why without echoing the token. */
    public static final class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
