package io.returnrouter.api.security;

import io.returnrouter.auth.Keys;
import io.returnrouter.auth.Roles;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The public keys bearer tokens are verified with, from MicroProfile Config:
 * {@code returnrouter.auth.public-key} (PEM text, one or more blocks) and/or
 * {@code returnrouter.auth.public-key.location} (comma-separated PEM files). More than one key is
 * accepted so that tokens of the old key keep working while a new one is rolled out. Without
 * configuration the committed development key is used, which production refuses.
 */
@ApplicationScoped
public class AuthKeys {

    static final String PUBLIC_KEY = "returnrouter.auth.public-key";
    static final String PUBLIC_KEY_LOCATION = "returnrouter.auth.public-key.location";
    static final String ISSUER = "returnrouter.auth.issuer";
    static final String ENVIRONMENT = "returnrouter.environment";

    private static final Logger LOG = Logger.getLogger(AuthKeys.class.getName());

    private volatile Settings settings;

    /** Issuer, accepted keys and environment, read once. */
    public Settings settings() {
        Settings s = settings;
        if (s == null) {
            synchronized (this) {
                if (settings == null) {
                    settings = Settings.from(ConfigProvider.getConfig());
                }
                s = settings;
            }
        }
        return s;
    }

    /**
     * Runs before any other start-up work: a production installation that would accept tokens
     * signed with the published development key must not start at all.
     */
    void checkOnStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) Startup startup) {
        Settings s;
        try {
            s = settings();
            s.requireFitForEnvironment();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Refusing to start: " + e.getMessage());
            throw e;
        }
        LOG.info(() -> "Bearer tokens (issuer " + s.issuer() + ") are verified with key(s) " + s.keyIds()
                + (s.usesDevelopmentKey() ? " - the DEVELOPMENT key, published in the repository: not for production"
                        : "") + "; environment " + s.environment());
    }

    /** What token verification needs. */
    public record Settings(String issuer, List<PublicKey> keys, String environment) {

        public Settings {
            keys = List.copyOf(keys);
        }

        static Settings from(Config config) {
            String issuer = config.getOptionalValue(ISSUER, String.class).orElse(Roles.DEFAULT_ISSUER);
            String environment = config.getOptionalValue(ENVIRONMENT, String.class).orElse("development").trim();
            List<PublicKey> keys = new ArrayList<>();
            config.getOptionalValue(PUBLIC_KEY, String.class).filter(v -> !v.isBlank())
                    .ifPresent(pem -> keys.addAll(Keys.publicKeys(pem.replace("\\n", "\n"))));
            Optional<String> locations = config.getOptionalValue(PUBLIC_KEY_LOCATION, String.class);
            locations.filter(v -> !v.isBlank()).ifPresent(list -> {
                for (String location : list.split(",")) {
                    keys.addAll(Keys.publicKeys(read(Path.of(location.trim()))));
                }
            });
            if (keys.isEmpty()) {
                keys.add(Keys.developmentPublicKey());
            }
            return new Settings(issuer, keys, environment);
        }

        public boolean production() {
            return environment.equalsIgnoreCase("production") || environment.equalsIgnoreCase("prod");
        }

        public boolean usesDevelopmentKey() {
            return keys.stream().anyMatch(Keys::isDevelopmentKey);
        }

        public List<String> keyIds() {
            return keys.stream().map(Keys::keyId).toList();
        }

        /** Throws in production when the development key would be accepted. */
        public void requireFitForEnvironment() {
            if (production() && usesDevelopmentKey()) {
                throw new IllegalStateException("returnrouter.environment is production but the accepted public keys "
                        + "include the DEVELOPMENT key (fingerprint " + Keys.fingerprint(Keys.developmentPublicKey())
                        + ") that is published in the repository. Configure your own key with "
                        + "RETURNROUTER_AUTH_PUBLIC_KEY or RETURNROUTER_AUTH_PUBLIC_KEY_LOCATION (docs/security.md).");
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
