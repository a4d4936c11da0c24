package io.returnrouter.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "--name value" options followed by positional arguments. */
final class Arguments {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    Arguments(List<String> args, Set<String> knownOptions) {
        for (int k = 0; k < args.size(); k++) {
            String arg = args.get(k);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (!knownOptions.contains(name)) {
                    throw new UsageException("unknown option " + arg + "; known: " + knownOptions);
                }
                if (k + 1 >= args.size()) {
                    throw new UsageException("option " + arg + " needs a value");
                }
                options.put(name, args.get(++k));
            } else {
                positional.add(arg);
            }
        }
    }

    long longOption(String name, long defaultValue) {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed <= 0) {
                throw new UsageException("--" + name + " must be positive, was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, was \"" + value + "\"");
        }
    }

    String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    String singlePositional(String what) {
        if (positional.size() != 1) {
            throw new UsageException("expected exactly one " + what + ", got " + positional.size());
        }
        return positional.get(0);
    }
}
