package io.returnrouter.cli;

import io.returnrouter.core.spi.CarrierModule;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.core.spi.ModuleRegistry;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code markets} and {@code carriers}: the plug-in modules the ServiceLoader finds on this jar's
 * class path, each with its key rules and limits as the module states them.
 */
final class ModuleListing {

    static final String MARKETS_USAGE = "markets                      the market modules found, with their law and default policy";
    static final String CARRIERS_USAGE = "carriers                     the carrier modules found, with their limits and sample tariffs";

    private ModuleListing() {
    }

    static void markets(List<String> args, PrintStream out) {
        Options.requireNone("markets", args);
        ModuleRegistry registry = ModuleRegistry.discover(Main.class.getClassLoader());
        out.println(registry.markets().size() + " market modules on the class path");
        for (MarketModule market : registry.markets()) {
            out.println();
            out.println(market.countryCode() + "  " + market.displayName() + "  " + market.currency().getCurrencyCode()
                    + "  languages " + String.join(",", market.languages()));
            market.keyFacts().forEach(fact -> out.println("    " + fact));
        }
    }

    static void carriers(List<String> args, PrintStream out) {
        Options.requireNone("carriers", args);
        ModuleRegistry registry = ModuleRegistry.discover(Main.class.getClassLoader());
        out.println(registry.carriers().size() + " carrier modules on the class path");
        for (CarrierModule carrier : registry.carriers()) {
            out.println();
            out.println(carrier.carrierId() + "  " + carrier.displayName() + "  ("
                    + count(carrier.services().size(), "service") + ", "
                    + count(carrier.dropOffPoints().size(), "offline drop-off point") + ")");
            carrier.keyFacts().forEach(fact -> out.println("    " + fact));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
