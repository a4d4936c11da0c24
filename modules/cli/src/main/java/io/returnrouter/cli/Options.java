package io.returnrouter.cli;

import java.util.List;

/** Checks for the plug-in commands, whose arguments are only "--name value" pairs or nothing. */
final class Options {

    private Options() {
    }

    static void requireNone(String command, List<String> args) {
        if (!args.isEmpty()) {
            throw new UsageException(command + " takes no arguments, got " + args);
        }
    }

    static void requireOnlyOptions(String command, List<String> args) {
        for (int k = 0; k < args.size(); k += 2) {
            if (!args.get(k).startsWith("--")) {
                throw new UsageException(command + " takes only --name value options, got \"" + args.get(k) + "\"");
            }
        }
    }
}
