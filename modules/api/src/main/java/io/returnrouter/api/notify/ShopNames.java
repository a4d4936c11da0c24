package io.returnrouter.api.notify;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/** A shop's name for its customers: {@code returnrouter.shops.<shopId>.name}, else its id. */
public final class ShopNames {

    private final Function<String, Optional<String>> lookup;

    public ShopNames(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    /** Read from configuration on each call, so a changed name is used by the next message. */
    public static ShopNames from(Config config) {
        return new ShopNames(key -> config.getOptionalValue(key, String.class));
    }

    public static ShopNames ids() {
        return new ShopNames(key -> Optional.empty());
    }

    public String of(String shopId) {
        return lookup.apply("returnrouter.shops." + shopId + ".name").filter(n -> !n.isBlank()).orElse(shopId);
    }
}
