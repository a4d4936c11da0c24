package io.returnrouter.api.security;

import io.returnrouter.auth.KeySources;
import io.returnrouter.auth.Keys;
import io.returnrouter.auth.Roles;
import io.returnrouter.auth.TokenPolicy;
import io.returnrouter.auth.TokenVerifier;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How bearer tokens are verified, from MicroProfile Config (docs/security.md): public keys as PEM
 * text ({@code returnrouter.auth.public-key}) or files ({@code …public-key.location}) and/or the
 * JWKS URL of an identity provider ({@code returnrouter.auth.jwks.url}); issuer, audience,
 * maximum lifetime. Fails closed: without keys the application does not start, and the published
 * development key is accepted only when {@code returnrouter.development-mode} is switched on.
 */
@ApplicationScoped
public class AuthKeys {

    static final String PUBLIC_KEY = "returnrouter.auth.public-key";
    static final String PUBLIC_KEY_LOCATION = "returnrouter.auth.public-key.location";
    static final String JWKS_URL = "returnrouter.auth.jwks.url";
    static final String JWKS_CACHE_SECONDS = "returnrouter.auth.jwks.cache-seconds";
    static final String ISSUER = "returnrouter.auth.issuer";
    static final String AUDIENCE = "returnrouter.auth.audience";
    static final String MAX_LIFETIME_HOURS = "returnrouter.auth.max-lifetime-hours";
    static final String CLOCK_SKEW_SECONDS = "returnrouter.auth.clock-skew-seconds";
    static final String ROLES_CLAIM = "returnrouter.auth.roles-claim";
    static final String MIN_RSA_BITS = "returnrouter.auth.min-rsa-bits";
    static final String DEVELOPMENT_MODE = "returnrouter.development-mode";

    private static final Logger LOG = Logger.getLogger(AuthKeys.class.getName());

    private volatile Settings settings;

    /** The verification settings, read once. */
    public Settings settings() {
        Settings s = settings;
        if (s == null) {
            synchronized (this) {
                if (settings == null) {
                    settings = Settings.from(ConfigProvider.getConfig(), Clock.systemUTC());
                }
                s = settings;
            }
        }
        return s;
    }

    /**
     * Runs before any other start-up work: an installation that has no key of its own, or that
     * would accept the published development key outside development mode, must not start.
     */
    void checkOnStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) Startup startup) {
        Settings s;
        try {
            s = settings();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Refusing to start: " + e.getMessage());
            throw e;
        }
        if (s.developmentMode()) {
            LOG.warning("DEVELOPMENT MODE (" + DEVELOPMENT_MODE + "=true): tokens signed with the published development"
                    + " key config/dev-keys are accepted. Anyone can mint an admin token: never run like this where it"
                    + " matters (docs/security.md).");
        }
        LOG.info(() -> "Bearer tokens (issuer " + s.policy().issuer() + ", audience " + s.policy().audience()
                + ", at most " + s.policy().maxLifetime().toHours() + " h) are verified with key(s) " + s.keyIds()
                + s.jwksUrl().map(url -> " and the JWKS at " + url).orElse(""));
    }

    /**
     * What token verification needs.
     *
     * @param keys           the PEM public keys accepted (the development key only in development mode)
     * @param jwksUrl        the identity provider's JWKS document, if one is configured
     * @param recheckAfter   how long a verified token may be remembered before its key is looked up
     *                       again (the JWKS cache time; unbounded with PEM keys only)
     */
    public record Settings(TokenVerifier verifier, List<PublicKey> keys, Optional<String> jwksUrl,
                           boolean developmentMode, Duration recheckAfter, Clock clock) {

        public Settings {
            keys = List.copyOf(keys);
        }

        public TokenPolicy policy() {
            return verifier.policy();
        }

        /**
         * @throws IllegalStateException when the configuration would accept no key, or the
         *                               development key outside development mode
         */
        static Settings from(Config config, Clock clock) {
            boolean developmentMode = config.getOptionalValue(DEVELOPMENT_MODE, Boolean.class).orElse(false);
            TokenPolicy policy = new TokenPolicy(
                    config.getOptionalValue(ISSUER, String.class).orElse(Roles.DEFAULT_ISSUER),
                    config.getOptionalValue(AUDIENCE, String.class).orElse(Roles.DEFAULT_AUDIENCE),
                    Duration.ofSeconds(config.getOptionalValue(CLOCK_SKEW_SECONDS, Long.class)
                            .orElse(TokenPolicy.DEFAULT_CLOCK_SKEW.toSeconds())),
                    Duration.ofHours(config.getOptionalValue(MAX_LIFETIME_HOURS, Long.class)
                            .orElse(TokenPolicy.DEFAULT_MAX_LIFETIME.toHours())),
                    config.getOptionalValue(ROLES_CLAIM, String.class).orElse(TokenPolicy.DEFAULT_ROLES_CLAIM),
                    config.getOptionalValue(MIN_RSA_BITS, Integer.class).orElse(TokenPolicy.DEFAULT_MIN_RSA_BITS));
            List<PublicKey> keys = new ArrayList<>();
            config.getOptionalValue(PUBLIC_KEY, String.class).filter(v -> !v.isBlank())
                    .ifPresent(pem -> keys.addAll(Keys.publicKeys(pem.replace("\\n", "\n"))));
            config.getOptionalValue(PUBLIC_KEY_LOCATION, String.class).filter(v -> !v.isBlank()).ifPresent(list -> {
                for (String location : list.split(",")) {
                    keys.addAll(Keys.publicKeys(read(Path.of(location.trim()))));
                }
            });
            Optional<String> jwksUrl = config.getOptionalValue(JWKS_URL, String.class).filter(v -> !v.isBlank());
            Duration jwksCache = Duration.ofSeconds(
                    config.getOptionalValue(JWKS_CACHE_SECONDS, Long.class).orElse(300L));
            return of(policy, keys, jwksUrl, jwksCache, developmentMode, clock);
        }

        /** Checks and assembles the settings; the development key is added in development mode. */
        static Settings of(TokenPolicy policy, List<PublicKey> configured, Optional<String> jwksUrl,
                           Duration jwksCache, boolean developmentMode, Clock clock) {
            List<PublicKey> keys = new ArrayList<>(configured);
            if (!developmentMode && keys.stream().anyMatch(Keys::isDevelopmentKey)) {
                throw new IllegalStateException("the accepted public keys include the DEVELOPMENT key (fingerprint "
                        + Keys.fingerprint(Keys.developmentPublicKey()) + ") that is published in the repository. "
                        + "Configure your own key (docs/security.md), or switch on " + DEVELOPMENT_MODE
                        + " (RETURNROUTER_DEVELOPMENT_MODE=true) on a development machine.");
            }
            if (developmentMode && keys.stream().noneMatch(Keys::isDevelopmentKey)) {
                keys.add(Keys.developmentPublicKey());
            }
            if (keys.isEmpty() && jwksUrl.isEmpty()) {
                throw new IllegalStateException("no key to verify bearer tokens with. Configure "
                        + "RETURNROUTER_AUTH_PUBLIC_KEY_LOCATION (PEM files), RETURNROUTER_AUTH_PUBLIC_KEY (PEM text) "
                        + "or "
                        + "RETURNROUTER_AUTH_JWKS_URL (an identity provider's JWKS), or switch on development mode "
                        + "(RETURNROUTER_DEVELOPMENT_MODE=true) to accept the published development key; see "
                        + "docs/security.md.");
            }
            for (PublicKey key : keys) {
                if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < policy.minRsaBits()) {
                    throw new IllegalStateException("the public key " + Keys.keyId(key) + " has "
                            + rsa.getModulus().bitLength() + " bits; at least " + policy.minRsaBits() + " are required");
                }
            }
            JWKSource<SecurityContext> source = KeySources.of(keys);
            if (jwksUrl.isPresent()) {
                source = KeySources.localThenRemote(source, KeySources.jwks(url(jwksUrl.get()), jwksCache));
            }
            Duration recheck = jwksUrl.isPresent() ? jwksCache : Duration.ofDays(36_500);
            return new Settings(new TokenVerifier(policy, source, clock), keys, jwksUrl, developmentMode, recheck,
                    clock);
        }

        public List<String> keyIds() {
            return keys.stream().map(Keys::keyId).toList();
        }

        private static URL url(String url) {
            try {
                return URI.create(url).toURL();
            } catch (IllegalArgumentException | MalformedURLException e) {
                throw new IllegalStateException(JWKS_URL + " is not a URL: " + url, e);
            }
        }

        private static String read(Path path) {
            try {
                return Files.readString(path, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read public key file " + path + ": " + e.getMessage(), e);
            }
        }
    }
}
