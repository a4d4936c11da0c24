package io.returnrouter.api.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says what is wrong with an unreadable body without leaking class names or stack traces. */
final class JsonErrors {

    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    private JsonErrors() {
    }

    static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            Matcher property = PROPERTY.matcher(message);
            if (property.find()) {
                return "The value of '" + property.group(1) + "' cannot be read: check its type and format "
                        + "(dates as YYYY-MM-DD, numbers without quotes).";
            }
            if (t.getClass().getName().contains("JsonParsing") || message.contains("Unexpected char")
                    || message.contains("Invalid token") || message.contains("EOF")) {
                return "The body is not well-formed JSON.";
            }
        }
        return "The request body could not be read: send well-formed JSON of the documented shape.";
    }
}
