package io.returnrouter.api.notify;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which receiver URLs a subscription may name: absolute https URLs with a host, no user info.
 * In development mode also plain http to this machine (a receiver on localhost), never plain
 * http elsewhere: secrets and customer texts do not travel unencrypted over a network.
 */
public final class WebhookUrls {

    private WebhookUrls() {
    }

    /** Why the URL is refused, or empty when it may be used. */
    public static Optional<String> problem(String url, boolean developmentMode) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry user info; the signature authenticates deliveries");
        }
        if (scheme.equals("https")) {
            return Optional.empty();
        }
        if (scheme.equals("http") && developmentMode && loopback(uri.getHost())) {
            return Optional.empty();
        }
        return Optional.of(developmentMode
                ? "must use https (plain http only to this machine, in development mode)"
                : "must use https");
    }

    private static boolean loopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name: not resolved here, so no DNS lookup decides
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
