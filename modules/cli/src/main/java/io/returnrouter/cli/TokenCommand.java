package io.returnrouter.cli;

import io.returnrouter.auth.DevelopmentKeys;
import io.returnrouter.auth.Keys;
import io.returnrouter.auth.TokenIssuer;
import io.returnrouter.auth.TokenPolicy;
import io.returnrouter.auth.Roles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Issues a bearer token: {@code token --role market-manager --markets NL,BE [--days 30]}. Signed
 * with the private key of RETURNROUTER_AUTH_PRIVATE_KEY (PEM) or RETURNROUTER_AUTH_PRIVATE_KEY_FILE
 * (or --key-file); without one, with the committed development key read from the clone's
 * config/dev-keys (it is in no jar), which only servers in development mode accept. Prints the
 * token alone on standard output.
 */
final class TokenCommand {

    static final String USAGE = "token --role shop|planner|market-manager|admin[,...] [--markets NL,BE] [--shop ID] "
            + "[--subject NAME] [--days 30] [--key-file private.pem] [--issuer returnrouter] [--audience returnrouter]";
    /** The server refuses tokens that live longer (returnrouter.auth.max-lifetime-hours, 31 days by default). */
    static final long MAX_DAYS = TokenPolicy.DEFAULT_MAX_LIFETIME.toDays();

    private TokenCommand() {
    }

    static void run(List<String> args, PrintStream out, PrintStream err, Function<String, String> env)
            throws IOException {
        Options.requireOnlyOptions("token", args);
        Arguments a = new Arguments(args, Set.of("role", "roles", "markets", "shop", "subject", "days", "key-file",
                "issuer", "audience"));
        String roleList = a.option("role", a.option("roles", null));
        if (roleList == null) {
            throw new UsageException("token needs --role (" + String.join(", ", Roles.ALL) + ")");
        }
        List<String> roles = split(roleList, false);
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new UsageException("unknown role " + role + "; roles: " + String.join(", ", Roles.ALL));
            }
        }
        List<String> markets = split(a.option("markets", ""), true);
        for (String market : markets) {
            if (!market.matches("[A-Z]{2}")) {
                throw new UsageException("--markets takes ISO 3166-1 alpha-2 codes such as NL,BE; got " + market);
            }
        }
        if (roles.contains(Roles.MARKET_MANAGER) && markets.isEmpty() && !roles.contains(Roles.ADMIN)) {
            throw new UsageException("a market-manager token needs --markets, e.g. --markets NL,BE");
        }
        String shop = a.option("shop", null);
        if (roles.contains(Roles.SHOP) && shop == null && !roles.contains(Roles.ADMIN)) {
            throw new UsageException("a shop token needs --shop, the shop it speaks for, e.g. --shop demo-shop");
        }
        long days = a.longOption("days", 30);
        if (days > MAX_DAYS) {
            throw new UsageException("--days must be at most " + MAX_DAYS + ", was " + days);
        }
        String subject = a.option("subject", roles.get(0) + (markets.isEmpty() ? "" : "-" + String.join("-", markets))
                .toLowerCase(Locale.ROOT));
        PrivateKey key = privateKey(a.option("key-file", null), env, err);
        out.println(TokenIssuer.issue(key, a.option("issuer", Roles.DEFAULT_ISSUER),
                a.option("audience", Roles.DEFAULT_AUDIENCE), subject, roles, markets, shop, Duration.ofDays(days),
                Instant.now()));
    }

    private static PrivateKey privateKey(String keyFile, Function<String, String> env, PrintStream err)
            throws IOException {
        String file = keyFile != null ? keyFile : env.apply("RETURNROUTER_AUTH_PRIVATE_KEY_FILE");
        if (file != null && !file.isBlank()) {
            return Keys.privateKey(Files.readString(Path.of(file), StandardCharsets.US_ASCII));
        }
        String pem = env.apply("RETURNROUTER_AUTH_PRIVATE_KEY");
        if (pem != null && !pem.isBlank()) {
            return Keys.privateKey(pem.replace("\\n", "\n"));
        }
        err.println("note: signed with the DEVELOPMENT key (config/dev-keys); only servers in development mode "
                + "accept it. Set RETURNROUTER_AUTH_PRIVATE_KEY_FILE for yours (docs/security.md).");
        return DevelopmentKeys.privateKey();
    }

    private static List<String> split(String list, boolean upperCase) {
        List<String> values = new ArrayList<>();
        Arrays.stream(list.split(",")).map(String::trim).filter(v -> !v.isEmpty())
                .map(v -> upperCase ? v.toUpperCase(Locale.ROOT) : v).forEach(values::add);
        return values;
    }
}
