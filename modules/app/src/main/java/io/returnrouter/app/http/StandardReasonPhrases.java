package io.returnrouter.app.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;

/**
 * Sends the standard reason phrase (RFC 9110, RFC 6585) for the statuses Open Liberty's HTTP
 * channel has no phrase for and would send as "422 Undefined". Servlet 6 has no standard way to
 * set a phrase; Liberty's response has a public {@code setReason(String)}, used when present (on
 * another server the status line stays as that server writes it).
 *
 * <p>Once removed because Liberty's cleartext HTTP/2 upgrade (h2c) waited forever behind any
 * application filter; config/server.xml serves HTTP/1.1 only since, and StatusLineHttpIT sends
 * concurrent upgrade requests through this filter.
 */
public class StandardReasonPhrases extends HttpFilter {

    /** Liberty writes the others right (400 Bad Request, 404 Not Found...). */
    private static final Set<Integer> MISSING = Set.of(413, 422, 428, 429, 431);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        MethodHandle setReason = SET_REASON.get(response.getClass());
        if (setReason == null) {
            chain.doFilter(request, response);
            return;
        }
        MethodHandle bound = setReason.bindTo(response);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                super.setStatus(status);
                if (MISSING.contains(status)) {
                    try {
                        bound.invoke(StatusPhrases.of(status));
                    } catch (Throwable e) {
                        // the status code alone is still right; the phrase is advisory
                    }
                }
            }
        });
    }

    /** Looked up once per response class, not per request. */
    private static final ClassValue<MethodHandle> SET_REASON = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            try {
                return MethodHandles.publicLookup().findVirtual(type, "setReason",
                        MethodType.methodType(void.class, String.class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                return null;
            }
        }
    };
}
