package io.returnrouter.app.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

/**
 * Sends the standard reason phrase (RFC 9110) for the statuses Open Liberty's HTTP channel has no
 * phrase for and would send as "422 Undefined". Servlet 6 has no standard way to set a reason
 * phrase; Liberty's response has a public {@code setReason(String)}, used when present (on
 * another server the status line stays as that server writes it).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StandardReasonPhrases extends HttpFilter {

    static final Map<Integer, String> PHRASES = Map.of(
            413, "Content Too Large",
            422, "Unprocessable Content",
            428, "Precondition Required",
            429, "Too Many Requests",
            431, "Request Header Fields Too Large");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        MethodHandle setReason = setReasonOf(response);
        if (setReason == null || request.getHeader("Upgrade") != null) {
            // Liberty answers an h2c upgrade (Java's HttpClient asks for one) with its own handler,
            // which waits forever behind a wrapped response; HTTP/2 has no reason phrases anyway.
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                super.setStatus(status);
                String phrase = PHRASES.get(status);
                if (phrase != null) {
                    try {
                        setReason.invoke(phrase);
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

    private static MethodHandle setReasonOf(HttpServletResponse response) {
        MethodHandle handle = SET_REASON.get(response.getClass());
        return handle == null ? null : handle.bindTo(response);
    }
}
