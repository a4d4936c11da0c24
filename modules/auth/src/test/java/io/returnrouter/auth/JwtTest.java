package io.returnrouter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final PrivateKey DEV_PRIVATE = Keys.developmentPrivateKey();
    private static final PublicKey DEV_PUBLIC = Keys.developmentPublicKey();

    private static String token(PrivateKey key, String issuer, Duration validity) {
        return Jwt.issue(key, issuer, "anna", List.of(Roles.MARKET_MANAGER), List.of("NL", "BE"), null, validity, NOW);
    }

    @Test
    void aValidTokenGivesItsClaimsBack() {
        String token = token(DEV_PRIVATE, "returnrouter", Duration.ofDays(30));

        Jwt.Claims claims = Jwt.verify(token, List.of(DEV_PUBLIC), "returnrouter", NOW.plusSeconds(3600));

        assertThat(claims.subject()).isEqualTo("anna");
        assertThat(claims.roles()).containsExactly("market-manager");
        assertThat(claims.markets()).containsExactly("NL", "BE");
        assertThat(claims.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(claims.shop()).isNull();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = token(DEV_PRIVATE, "returnrouter", Duration.ofHours(1));

        assertThatThrownBy(() -> Jwt.verify(token, List.of(DEV_PUBLIC), "returnrouter", NOW.plus(Duration.ofHours(2))))
                .isInstanceOf(Jwt.InvalidTokenException.class).hasMessageContaining("expired");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPair other = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String token = token(other.getPrivate(), "returnrouter", Duration.ofDays(1));

        assertThatThrownBy(() -> Jwt.verify(token, List.of(DEV_PUBLIC), "returnrouter", NOW))
                .isInstanceOf(Jwt.InvalidTokenException.class).hasMessageContaining("signature");
    }

    @Test
    void duringARotationTokensOfTheOldAndTheNewKeyPass() throws Exception {
        KeyPair next = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        List<PublicKey> accepted = List.of(next.getPublic(), DEV_PUBLIC);

        assertThat(Jwt.verify(token(DEV_PRIVATE, "returnrouter", Duration.ofDays(1)), accepted, "returnrouter", NOW)
                .subject()).isEqualTo("anna");
        assertThat(Jwt.verify(token(next.getPrivate(), "returnrouter", Duration.ofDays(1)), accepted, "returnrouter",
                NOW).subject()).isEqualTo("anna");
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        String token = token(DEV_PRIVATE, "someone-else", Duration.ofDays(1));

        assertThatThrownBy(() -> Jwt.verify(token, List.of(DEV_PUBLIC), "returnrouter", NOW))
                .isInstanceOf(Jwt.InvalidTokenException.class).hasMessageContaining("issued by returnrouter");
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = token(DEV_PRIVATE, "returnrouter", Duration.ofDays(1)).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"market-manager\"", "\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> Jwt.verify(tampered, List.of(DEV_PUBLIC), "returnrouter", NOW))
                .isInstanceOf(Jwt.InvalidTokenException.class).hasMessageContaining("signature");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"iss\":\"returnrouter\",\"sub\":\"x\",\"exp\":9999999999,\"roles\":[\"admin\"]}".getBytes());

        assertThatThrownBy(() -> Jwt.verify(header + "." + payload + ".", List.of(DEV_PUBLIC), "returnrouter", NOW))
                .isInstanceOf(Jwt.InvalidTokenException.class).hasMessageContaining("RS256");
        assertThatThrownBy(() -> Jwt.verify("not-a-token", List.of(DEV_PUBLIC), "returnrouter", NOW))
                .isInstanceOf(Jwt.InvalidTokenException.class);
    }

    @Test
    void unknownRolesCannotBeIssued() {
        assertThatThrownBy(() -> Jwt.issue(DEV_PRIVATE, "returnrouter", "x", List.of("root"), List.of(), null,
                Duration.ofDays(1), NOW)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("root");
    }

    @Test
    void theDevelopmentKeyPairMatchesAndIsRecognised() {
        assertThat(Keys.fingerprint(Keys.publicKeyOf(DEV_PRIVATE))).isEqualTo(Keys.fingerprint(DEV_PUBLIC));
        assertThat(Keys.isDevelopmentKey(DEV_PUBLIC)).isTrue();
    }
}
