package io.returnrouter.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses bodies above the configured size with 413 before they are read into memory, whether
 * they announce their length or arrive chunked.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    private final long maxBytes;

    static final String MAX_BYTES_KEY = "returnrouter.api.max-body-bytes";
    static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    public RequestSizeLimit() {
        this.maxBytes = ConfigProvider.getConfig().getOptionalValue(MAX_BYTES_KEY, Long.class).orElse(DEFAULT_MAX_BYTES);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
        }
    }

    private WebApplicationException tooLarge() {
        return new WebApplicationException(Problems.response(413, "payload-too-large", "Payload Too Large",
                "The request body is larger than " + maxBytes + " bytes."));
    }

    private final class Limited extends FilterInputStream {
        private long remaining;

        Limited(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0 && (remaining -= n) < 0) {
                throw tooLarge();
            }
            return n;
        }
    }
}
