package io.returnrouter.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;

/** Entry point of returnrouter-cli.jar. */
public final class Main {

    static final int EXIT_OK = 0;
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_USAGE = 64;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(usage());
            return EXIT_USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "sscflp" -> SscflpCommand.run(rest, out);
                case "sscflp-suite" -> SscflpSuiteCommand.run(rest, out);
                case "sscflp-bound" -> SscflpBoundCommand.run(rest, out);
                case "bench-batch" -> BatchBenchCommand.run(rest, out);
                case "demo-plan" -> DemoPlanCommand.run(rest, out);
                case "jmh" -> org.openjdk.jmh.Main.main(rest.toArray(String[]::new));
                case "markets" -> ModuleListing.markets(rest, out);
                case "carriers" -> ModuleListing.carriers(rest, out);
                case "generate" -> GenerateCommand.run(rest, out);
                case "token" -> TokenCommand.run(rest, out, err, System::getenv);
                case "help", "--help", "-h" -> out.println(usage());
                default -> throw new UsageException("unknown command " + args[0]);
            }
            return EXIT_OK;
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(usage());
            return EXIT_USAGE;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + e.getFile());
            return EXIT_BAD_INPUT;
        } catch (IllegalArgumentException | IOException e) {
            err.println("error: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
    }

    private static String usage() {
        return String.join(System.lineSeparator(), "usage: java -jar returnrouter-cli.jar COMMAND",
                "  " + SscflpCommand.USAGE, "  " + SscflpSuiteCommand.USAGE, "  " + SscflpBoundCommand.USAGE,
                "  " + BatchBenchCommand.USAGE, "  " + DemoPlanCommand.USAGE,
                "  " + ModuleListing.MARKETS_USAGE, "  " + ModuleListing.CARRIERS_USAGE, "  " + GenerateCommand.USAGE, "  " + TokenCommand.USAGE,
                "  jmh [JMH options] [QuoteBenchmark|ScoreCalculationBenchmark]");
    }
}
