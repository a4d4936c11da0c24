package io.returnrouter.app.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page (web.xml) of every error the web container answers itself, outside JAX-RS: a
 * request it cannot map, a sendError, an exception a filter or the container threw. The answer is
 * problem+json like the API's own; a 5xx gets an incident id that is also in the log, never a
 * stack trace.
 */
public class ContainerErrors extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ContainerErrors.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer c && c >= 400 && c <= 599 ? c : 404;
        if (code == null) {
            // Asked for directly: there is nothing here.
            ProblemWriter.write(response, 404, "not-found", "Not Found", "Not Found", List.of());
            return;
        }
        if (status >= 500) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error in the web container, incident " + incident, exception);
            ProblemWriter.write(response, 500, "internal-error", "Internal Server Error",
                    "The request could not be completed. Incident " + incident + " has been logged.", List.of());
            return;
        }
        String title = StatusPhrases.of(status);
        String detail = switch (status) {
            case 400 -> "The request could not be read: check its path (percent-encoded UTF-8, no encoded '/', "
                    + "'\\\\', '.' or '..' segment), headers and body.";
            case 404 -> "Not Found";
            case 405 -> "This path does not take that method.";
            default -> title;
        };
        ProblemWriter.write(response, status, slugOf(status), title, detail, List.of());
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "payload-too-large";
            default -> "http-" + status;
        };
    }
}
