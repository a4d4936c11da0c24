package io.returnrouter.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.auth.DevelopmentKeys;
import io.returnrouter.auth.InvalidTokenException;
import io.returnrouter.auth.TokenClaims;
import io.returnrouter.auth.TokenIssuer;
import io.returnrouter.auth.TokenPolicy;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final VerifiedTokens tokens = new VerifiedTokens();
    private final String token = TokenIssuer.issue(DevelopmentKeys.privateKey(), "returnrouter", "shop-backend",
            List.of("shop"), List.of(), "demo-shop", Duration.ofHours(1), NOW);

    private static AuthKeys.Settings development(Instant now) {
        return AuthKeys.Settings.of(TokenPolicy.defaults(), List.of(), Optional.empty(), Duration.ofMinutes(5), true,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aRememberedTokenGivesTheSameClaims() {
        AuthKeys.Settings dev = development(NOW);
        TokenClaims first = tokens.verify(token, dev);

        assertThat(tokens.verify(token, dev)).isSameAs(first);
        assertThat(first.shop()).isEqualTo("demo-shop");
    }

    @Test
    void aRememberedTokenStillExpires() {
        tokens.verify(token, development(NOW));

        assertThatThrownBy(() -> tokens.verify(token, development(NOW.plus(Duration.ofHours(2)))))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("expired");
    }

    @Test
    void aRememberedTokenIsCheckedAgainAgainstOtherKeys() throws Exception {
        tokens.verify(token, development(NOW));
        var rotated = AuthKeys.Settings.of(TokenPolicy.defaults(),
                List.of(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic()), Optional.empty(),
                Duration.ofMinutes(5), false, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.verify(token, rotated)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void aTamperedTokenIsRefused() {
        AuthKeys.Settings dev = development(NOW);
        tokens.verify(token, dev);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "B" : "A") + "A";

        assertThatThrownBy(() -> tokens.verify(tampered, dev)).isInstanceOf(InvalidTokenException.class);
    }
}
