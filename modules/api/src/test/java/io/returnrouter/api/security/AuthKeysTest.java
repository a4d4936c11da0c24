package io.returnrouter.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.auth.Keys;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthKeysTest {

    @Test
    void productionRefusesTheDevelopmentKey() {
        var settings = new AuthKeys.Settings("returnrouter", List.of(Keys.developmentPublicKey()), "production");

        assertThatThrownBy(settings::requireFitForEnvironment).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DEVELOPMENT key").hasMessageContaining("RETURNROUTER_AUTH_PUBLIC_KEY");
    }

    @Test
    void productionWithItsOwnKeyAndDevelopmentWithTheDevelopmentKeyStart() throws Exception {
        PublicKey own = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();

        assertThatCode(new AuthKeys.Settings("returnrouter", List.of(own), "production")::requireFitForEnvironment)
                .doesNotThrowAnyException();
        assertThatCode(new AuthKeys.Settings("returnrouter", List.of(Keys.developmentPublicKey()), "development")
                ::requireFitForEnvironment).doesNotThrowAnyException();
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
