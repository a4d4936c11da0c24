package io.returnrouter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.auth.KeySources;
import io.returnrouter.auth.Keys;
import io.returnrouter.auth.TokenClaims;
import io.returnrouter.auth.TokenPolicy;
import io.returnrouter.auth.TokenVerifier;
import java.time.Clock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCommandTest {

    @Test
    void issuesAMarketManagerTokenWithTheDevelopmentKeyWhenNothingIsConfigured() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.run(new String[] {"token", "--role", "market-manager", "--markets", "NL,be", "--days", "30"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(Main.EXIT_OK);
        String token = out.toString(StandardCharsets.UTF_8).trim();
        TokenClaims claims = new TokenVerifier(TokenPolicy.defaults(), KeySources.of(List.of(Keys.developmentPublicKey())),
                Clock.systemUTC()).verify(token);
        assertThat(claims.roles()).containsExactly("market-manager");
        assertThat(claims.markets()).containsExactly("NL", "BE");
        assertThat(Duration.between(claims.issuedAt(), claims.expiresAt())).isEqualTo(Duration.ofDays(30));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("DEVELOPMENT key");
    }

    @Test
    void refusesAMarketManagerWithoutMarketsAndUnknownRoles() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(Main.run(new String[] {"token", "--role", "market-manager"}, out, errStream))
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(Main.run(new String[] {"token", "--role", "root"}, out, errStream)).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--markets").contains("unknown role root");
    }
}
