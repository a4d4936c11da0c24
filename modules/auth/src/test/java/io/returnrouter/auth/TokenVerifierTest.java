package io.returnrouter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final PrivateKey DEV_PRIVATE = DevelopmentKeys.privateKey();
    private static final PublicKey DEV_PUBLIC = Keys.developmentPublicKey();

    private static TokenVerifier verifier(TokenPolicy policy, List<PublicKey> keys) {
        return new TokenVerifier(policy, KeySources.of(keys), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static TokenVerifier verifier(List<PublicKey> keys) {
        return verifier(TokenPolicy.defaults(), keys);
    }

    private static String managerToken(PrivateKey key, Duration validity, Instant issued) {
        return TokenIssuer.issue(key, "returnrouter", "anna", List.of(Roles.MARKET_MANAGER), List.of("NL", "BE"), null,
                validity, issued);
    }

    private static JWTClaimsSet.Builder claims(Instant issued, Duration validity) {
        return new JWTClaimsSet.Builder().issuer("returnrouter").subject("anna").audience("returnrouter")
                .issueTime(Date.from(issued)).expirationTime(Date.from(issued.plus(validity)))
                .claim("roles", List.of("planner"));
    }

    @Test
    void aValidTokenGivesItsClaimsBack() {
        TokenClaims claims = verifier(List.of(DEV_PUBLIC)).verify(managerToken(DEV_PRIVATE, Duration.ofDays(30), NOW));

        assertThat(claims.subject()).isEqualTo("anna");
        assertThat(claims.roles()).containsExactly("market-manager");
        assertThat(claims.markets()).containsExactly("NL", "BE");
        assertThat(claims.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(claims.shop()).isNull();
    }

    @Test
    void expiredNotYetValidAndTooLongLivedTokensAreRefused() {
        TokenVerifier verifier = verifier(List.of(DEV_PUBLIC));

        assertThatThrownBy(() -> verifier.verify(managerToken(DEV_PRIVATE, Duration.ofHours(1), NOW.minusSeconds(7200))))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("expired");
        String early = TokenIssuer.sign(claims(NOW, Duration.ofHours(1)).notBeforeTime(Date.from(NOW.plusSeconds(600)))
                .build(), DEV_PRIVATE);
        assertThatThrownBy(() -> verifier.verify(early)).hasMessageContaining("not valid yet");
        assertThatThrownBy(() -> verifier.verify(managerToken(DEV_PRIVATE, Duration.ofDays(32), NOW)))
                .hasMessageContaining("lives longer");
        String future = TokenIssuer.sign(claims(NOW.plusSeconds(600), Duration.ofHours(1)).build(), DEV_PRIVATE);
        assertThatThrownBy(() -> verifier.verify(future)).hasMessageContaining("issued in the future");
    }

    @Test
    void theClockSkewForgivesAMinute() {
        String token = managerToken(DEV_PRIVATE, Duration.ofHours(1), NOW.minus(Duration.ofHours(1)).plusSeconds(-30));

        assertThat(verifier(List.of(DEV_PUBLIC)).verify(token).subject()).isEqualTo("anna");
    }

    @Test
    void anotherKeyAudienceOrIssuerIsRefused() throws Exception {
        KeyPair other = rsa(2048);
        TokenVerifier verifier = verifier(List.of(DEV_PUBLIC));

        assertThatThrownBy(() -> verifier.verify(managerToken(other.getPrivate(), Duration.ofDays(1), NOW)))
                .hasMessageContaining("key this server does not accept");
        assertThatThrownBy(() -> verifier.verify(TokenIssuer.issue(DEV_PRIVATE, "returnrouter", "another-api", "anna",
                List.of("planner"), List.of(), null, Duration.ofHours(1), NOW))).hasMessageContaining("aud");
        assertThatThrownBy(() -> verifier.verify(TokenIssuer.issue(DEV_PRIVATE, "someone-else", "anna",
                List.of("planner"), List.of(), null, Duration.ofHours(1), NOW))).hasMessageContaining("issued by");
    }

    @Test
    void duringARotationTokensOfTheOldAndTheNewKeyPass() throws Exception {
        KeyPair next = rsa(2048);
        TokenVerifier verifier = verifier(List.of(next.getPublic(), DEV_PUBLIC));

        assertThat(verifier.verify(managerToken(DEV_PRIVATE, Duration.ofDays(1), NOW)).subject()).isEqualTo("anna");
        assertThat(verifier.verify(managerToken(next.getPrivate(), Duration.ofDays(1), NOW)).subject())
                .isEqualTo("anna");
    }

    @Test
    void noneHs256WithThePublicKeyAndAMissingKidAreRefused() throws Exception {
        TokenVerifier verifier = verifier(List.of(DEV_PUBLIC));
        String none = new PlainJWT(new PlainHeader(), claims(NOW, Duration.ofHours(1)).build()).serialize();
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(Keys.keyId(DEV_PUBLIC)).build(),
                claims(NOW, Duration.ofHours(1)).build());
        hmac.sign(new MACSigner(java.util.Arrays.copyOf(DEV_PUBLIC.getEncoded(), 294)));
        SignedJWT noKid = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims(NOW, Duration.ofHours(1)).build());
        noKid.sign(new RSASSASigner(DEV_PRIVATE));

        assertThatThrownBy(() -> verifier.verify(none)).hasMessageContaining("alg none");
        assertThatThrownBy(() -> verifier.verify(hmac.serialize())).hasMessageContaining("not HS256");
        assertThatThrownBy(() -> verifier.verify(noKid.serialize())).hasMessageContaining("kid");
    }

    @Test
    void es256IsAcceptedAndSmallRsaKeysAreNot() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair p256 = ec.generateKeyPair();
        KeyPair small = rsa(1024);
        TokenVerifier verifier = verifier(List.of(p256.getPublic(), small.getPublic()));
        SignedJWT es = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(Keys.keyId(p256.getPublic()))
                .build(), claims(NOW, Duration.ofHours(1)).build());
        es.sign(new ECDSASigner((java.security.interfaces.ECPrivateKey) p256.getPrivate()));

        assertThat(verifier.verify(es.serialize()).roles()).containsExactly("planner");
        SignedJWT weak = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(Keys.keyId(small.getPublic()))
                .build(), claims(NOW, Duration.ofHours(1)).build());
        weak.sign(new RSASSASigner(small.getPrivate(), true));
        assertThatThrownBy(() -> verifier.verify(weak.serialize())).hasMessageContaining("1024 bits");
    }

    @Test
    void shopAndManagerTokensMustSayForWhom() {
        TokenVerifier verifier = verifier(List.of(DEV_PUBLIC));
        String shopless = TokenIssuer.sign(claims(NOW, Duration.ofHours(1)).claim("roles", List.of("shop")).build(),
                DEV_PRIVATE);
        String marketless = TokenIssuer.sign(claims(NOW, Duration.ofHours(1))
                .claim("roles", List.of("market-manager")).build(), DEV_PRIVATE);

        assertThatThrownBy(() -> verifier.verify(shopless)).hasMessageContaining("claim shop");
        assertThatThrownBy(() -> verifier.verify(marketless)).hasMessageContaining("claim markets");
        assertThatThrownBy(() -> TokenIssuer.issue(DEV_PRIVATE, "returnrouter", "s", List.of("shop"), List.of(), null,
                Duration.ofHours(1), NOW)).hasMessageContaining("--shop");
    }

    @Test
    void rolesMayComeFromANestedClaimAsKeycloakPutsThem() {
        TokenPolicy keycloak = new TokenPolicy("returnrouter", "returnrouter", TokenPolicy.DEFAULT_CLOCK_SKEW,
                TokenPolicy.DEFAULT_MAX_LIFETIME, "realm_access.roles", 2048);
        String token = TokenIssuer.sign(claims(NOW, Duration.ofHours(1)).claim("roles", null)
                .claim("realm_access", Map.of("roles", List.of("planner", "offline_access"))).build(), DEV_PRIVATE);

        assertThat(verifier(keycloak, List.of(DEV_PUBLIC)).verify(token).roles()).contains("planner");
    }

    @Test
    void garbageIsRefusedWithoutEchoingIt() {
        TokenVerifier verifier = verifier(List.of(DEV_PUBLIC));

        assertThatThrownBy(() -> verifier.verify("a.b.c")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify("x".repeat(9000))).hasMessageContaining("longer");
        assertThatThrownBy(() -> verifier.verify("")).hasMessageContaining("empty");
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }
}
