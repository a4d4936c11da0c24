package io.returnrouter.app.http;

import io.returnrouter.api.problem.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses, as a 400 problem, a request path that hides structure in percent-encoding: an encoded
 * slash or backslash, a segment that decodes to a dot segment, an encoded control character. The
 * web container would refuse them itself with an HTML page; web.xml switches its check off for
 * this application (SKIP_ENCODED_CHAR_VERIFICATION) so that the answer is ours, and this filter
 * runs first, before the console's files and JAX-RS, so nothing behind it ever sees such a path.
 */
public class PathGuard extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String problem = problemOf(request.getRequestURI());
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        ProblemWriter.write(response, 400, "malformed-request", "Bad Request",
                "The request path " + problem + ": a path segment may not be '.' or '..' nor hold '/', "
                        + "'\\', ';' or a control character, not even percent-encoded.",
                List.of(new Problem.FieldError("path", problem)));
    }

    /** What is wrong with the raw (still percent-encoded) path, or null. */
    static String problemOf(String rawPath) {
        if (rawPath == null) {
            return null;
        }
        String path = rawPath.toUpperCase(Locale.ROOT);
        if (path.contains("%2F")) {
            return "holds an encoded slash (%2F)";
        }
        if (path.contains("%5C") || path.indexOf('\\') >= 0) {
            return "holds a backslash";
        }
        if (path.contains("%3B") || path.indexOf(';') >= 0) {
            // Matrix parameters: JAX-RS would silently cut "R-1;x" to "R-1"; this API has none.
            return "holds a semicolon";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            int high = c == '%' && i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(path.charAt(i + 2), 16) : -1;
            int encoded = low >= 0 ? high * 16 + low : -1;
            if (c < 0x20 || c == 0x7F || (encoded >= 0 && (encoded < 0x20 || encoded == 0x7F))) {
                return "holds a control character";
            }
        }
        for (String segment : path.split("/", -1)) {
            String decoded = segment.replace("%2E", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return "holds a dot segment ('.' or '..', plain or encoded)";
            }
        }
        return null;
    }
}
