package io.returnrouter.cli;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.core.spi.ModuleRegistry;
import io.returnrouter.demo.ReturnsGenerator;
import io.returnrouter.demo.ReturnsJson;
import io.returnrouter.plugin.support.geo.Cities;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code generate}: seeded demo returns for the markets found on the class path, as JSON in the
 * shape of the API's return request, to standard output or a file.
 */
final class GenerateCommand {

    static final String USAGE = "generate --returns N [--seed S] [--out FILE]  seeded demo returns as JSON";

    private GenerateCommand() {
    }

    static void run(List<String> args, PrintStream out) throws IOException {
        Options.requireOnlyOptions("generate", args);
        Arguments arguments = new Arguments(args, Set.of("returns", "seed", "out"));
        if (!arguments.has("returns")) {
            throw new UsageException("generate needs --returns N");
        }
        long count = arguments.longOption("returns", 0);
        if (count > 10_000_000) {
            throw new UsageException("--returns must be at most 10000000, was " + count);
        }
        long seed = arguments.longOption("seed", 1);
        List<String> markets = ModuleRegistry.discover(Main.class.getClassLoader()).markets().stream()
                .map(MarketModule::countryCode).toList();
        List<CustomerReturn> returns = new ReturnsGenerator(Cities.all(), markets, seed).generate((int) count);
        if (arguments.has("out")) {
            Path file = Path.of(arguments.option("out", ""));
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                ReturnsJson.write(returns, seed, writer);
            }
            out.println("wrote " + returns.size() + " returns (seed " + seed + ", markets " + String.join(",", markets)
                    + ") to " + file);
        } else {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ReturnsJson.write(returns, seed, writer);
            writer.flush();
            out.println();
        }
    }
}
