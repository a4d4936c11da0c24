package io.returnrouter.plugin.support;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where plug-ins read operator overrides (sample tariffs, exchange rates). Modules are created by
 * {@link java.util.ServiceLoader} without arguments, so they read system properties and
 * environment variables directly, with the naming MicroProfile Config uses: the key
 * {@code returnrouter.fx.SEK} is also found as {@code RETURNROUTER_FX_SEK}. Inside Liberty the
 * same variables therefore configure both the plug-ins and the MicroProfile side.
 */
@FunctionalInterface
public interface Settings {

    Optional<String> get(String key);

    /** System properties first, then the environment. */
    static Settings system() {
        return fromMaps(System.getProperties(), System.getenv());
    }

    static Settings fromMaps(Properties properties, Map<String, String> environment) {
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(environment, "environment");
        return key -> {
            String value = properties.getProperty(key);
            if (value == null) {
                value = environment.get(environmentName(key));
            }
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        };
    }

    static Settings of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return key -> Optional.ofNullable(copy.get(key));
    }

    /** Every character that is not a letter or digit becomes an underscore, then upper case. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
