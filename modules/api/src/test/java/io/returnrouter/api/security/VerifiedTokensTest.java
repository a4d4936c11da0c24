package io.returnrouter.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.auth.Jwt;
import io.returnrouter.auth.Keys;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final AuthKeys.Settings DEV = new AuthKeys.Settings("returnrouter",
            List.of(Keys.developmentPublicKey()), "development");

    private final VerifiedTokens tokens = new VerifiedTokens();
    private final String token = Jwt.issue(Keys.developmentPrivateKey(), "returnrouter", "shop-backend",
            List.of("shop"), List.of(), "demo-shop", Duration.ofHours(1), NOW);

    @Test
    void aRememberedTokenGivesTheSameClaims() {
        Jwt.Claims first = tokens.verify(token, DEV, NOW);

        assertThat(tokens.verify(token, DEV, NOW.plusSeconds(60))).isSameAs(first);
        assertThat(first.shop()).isEqualTo("demo-shop");
    }

    @Test
    void aRememberedTokenStillExpires() {
        tokens.verify(token, DEV, NOW);

        assertThatThrownBy(() -> tokens.verify(token, DEV, NOW.plus(Duration.ofHours(2))))
                .isInstanceOf(Jwt.InvalidTokenException.class).hasMessageContaining("expired");
    }

    @Test
    void aRememberedTokenIsCheckedAgainAgainstOtherKeys() throws Exception {
        tokens.verify(token, DEV, NOW);
        var rotated = new AuthKeys.Settings("returnrouter",
                List.of(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic()), "production");

        assertThatThrownBy(() -> tokens.verify(token, rotated, NOW)).isInstanceOf(Jwt.InvalidTokenException.class);
    }

    @Test
    void aTamperedTokenIsRefused() {
        tokens.verify(token, DEV, NOW);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "B" : "A") + "A";

        assertThatThrownBy(() -> tokens.verify(tampered, DEV, NOW)).isInstanceOf(Jwt.InvalidTokenException.class);
    }
}
