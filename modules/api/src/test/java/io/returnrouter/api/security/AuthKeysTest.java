package io.returnrouter.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.auth.Keys;
import io.returnrouter.auth.TokenPolicy;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthKeysTest {

    private static AuthKeys.Settings settings(List<PublicKey> keys, Optional<String> jwks, boolean developmentMode) {
        return AuthKeys.Settings.of(TokenPolicy.defaults(), keys, jwks, Duration.ofMinutes(5), developmentMode,
                Clock.systemUTC());
    }

    @Test
    void withoutKeysAndWithoutDevelopmentModeNothingStarts() {
        assertThatThrownBy(() -> settings(List.of(), Optional.empty(), false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no key to verify bearer tokens").hasMessageContaining("RETURNROUTER_AUTH_JWKS_URL")
                .hasMessageContaining("RETURNROUTER_DEVELOPMENT_MODE");
    }

    @Test
    void theDevelopmentKeyIsRefusedOutsideDevelopmentMode() {
        assertThatThrownBy(() -> settings(List.of(Keys.developmentPublicKey()), Optional.empty(), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DEVELOPMENT key");
    }

    @Test
    void developmentModeAddsTheDevelopmentKeyAndOwnKeysOrAJwksSufficeOtherwise() throws Exception {
        PublicKey own = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();

        assertThat(settings(List.of(), Optional.empty(), true).keyIds())
                .containsExactly(Keys.keyId(Keys.developmentPublicKey()));
        assertThat(settings(List.of(own), Optional.empty(), false).keyIds()).containsExactly(Keys.keyId(own));
        assertThat(settings(List.of(), Optional.of("https://idp.example/jwks"), false).jwksUrl()).isPresent();
    }

    @Test
    void smallRsaKeysAreRefusedAtStart() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        PublicKey small = generator.generateKeyPair().getPublic();

        assertThatThrownBy(() -> settings(List.of(small), Optional.empty(), false)).hasMessageContaining("1024 bits");
    }

    @Test
    void marketManagersManageOnlyTheirMarketsAndAdminsAll() {
        Caller nl = new Caller("anna", List.of("market-manager"), List.of("NL"), null);
        Caller admin = new Caller("root", List.of("admin"), List.of(), null);

        assertThat(nl.mayManageMarket("NL")).isTrue();
        assertThat(nl.mayManageMarket("DE")).isFalse();
        assertThat(nl.hasRole("planner")).isFalse();
        assertThat(admin.mayManageMarket("DE")).isTrue();
        assertThat(admin.hasRole("shop")).isTrue();
    }
}
