package io.returnrouter.app.http;

import io.returnrouter.api.problem.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses, as a 400 problem naming each parameter, a query parameter holding a control character
 * once decoded. No parameter of this API takes one, and PostgreSQL refuses a NUL in text outright
 * ("invalid byte sequence for encoding UTF8: 0x00"), which would otherwise surface as a 500 from
 * whichever query first met the value (FuzzHttpIT found two).
 */
public class QueryGuard extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        List<Problem.FieldError> errors = problemsOf(request.getQueryString());
        if (errors.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ProblemWriter.write(response, 400, "validation-failed", "Invalid request",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " query parameters are invalid", errors);
    }

    /** Each parameter of the raw query string whose name or value holds a control character. */
    static List<Problem.FieldError> problemsOf(String rawQuery) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (rawQuery == null) {
            return errors;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            if (name == null || value == null) {
                continue; // not decodable: left to the runtime's own answer
            }
            if (hasControl(name)) {
                errors.add(new Problem.FieldError("query", "a parameter name holds a control character"));
            } else if (hasControl(value)) {
                errors.add(new Problem.FieldError("query." + (name.length() > 60 ? name.substring(0, 60) + "…" : name),
                        "holds a control character"));
            }
        }
        return errors;
    }

    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }
}
