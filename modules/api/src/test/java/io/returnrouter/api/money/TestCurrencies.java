package io.returnrouter.api.money;

import io.returnrouter.plugin.support.Settings;
import io.returnrouter.plugin.support.fx.ReferenceRates;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The installation's reference rates with no settings at all, so every shop reports in EUR: what a
 * server without configuration does. Unit tests run without a MicroProfile Config implementation,
 * so the empty configuration is a proxy that answers "not set" to every lookup.
 */
public final class TestCurrencies {

    private TestCurrencies() {
    }

    public static Currencies unconfigured() {
        Config empty = (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getOptionalValue" -> Optional.empty();
                    case "getPropertyNames", "getConfigSources" -> List.of();
                    case "toString" -> "empty configuration";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new Currencies(ReferenceRates.load(Settings.of(Map.of())), empty);
    }
}
