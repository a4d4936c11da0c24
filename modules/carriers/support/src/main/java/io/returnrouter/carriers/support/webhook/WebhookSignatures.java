package io.returnrouter.carriers.support.webhook;

import io.returnrouter.core.spi.carrier.WebhookDelivery;
import io.returnrouter.core.spi.carrier.WebhookRejectedException;
import io.returnrouter.core.spi.carrier.WebhookRejectedException.Reason;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 webhook signatures over {@code <timestamp>.<raw body>}, the timestamp in Unix
 * seconds sent in its own header: a replayed call older than the tolerance is refused, and a
 * changed body or timestamp breaks the signature. The JDK's {@link Mac} computes it and
 * {@link MessageDigest#isEqual} compares in constant time. Fails closed: no secret configured,
 * a header missing or unreadable all refuse the call.
 */
public final class WebhookSignatures {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";

    private final String signatureHeader;
    private final String timestampHeader;
    private final Clock clock;
    private final Duration tolerance;

    /** @param signatureHeader and timestampHeader in lower case, as {@link WebhookDelivery} keeps them */
    public WebhookSignatures(String signatureHeader, String timestampHeader, Clock clock, Duration tolerance) {
        this.signatureHeader = signatureHeader.toLowerCase(Locale.ROOT);
        this.timestampHeader = timestampHeader.toLowerCase(Locale.ROOT);
        this.clock = clock;
        this.tolerance = tolerance;
    }

    /** The hex signature a sender puts in the signature header (optionally prefixed {@code sha256=}). */
    public static String sign(String secret, long timestampSeconds, byte[] body) {
        return HexFormat.of().formatHex(mac(secret, timestampSeconds, body));
    }

    /** @throws WebhookRejectedException NOT_AUTHENTIC unless the call is signed with the secret and recent */
    public void verify(WebhookDelivery delivery) {
        if (delivery.secret().isBlank()) {
            throw notAuthentic("no webhook secret is configured for this carrier");
        }
        String signature = delivery.header(signatureHeader)
                .orElseThrow(() -> notAuthentic("header " + signatureHeader + " is missing"));
        String timestamp = delivery.header(timestampHeader)
                .orElseThrow(() -> notAuthentic("header " + timestampHeader + " is missing"));
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw notAuthentic("header " + timestampHeader + " is not Unix seconds");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (age.compareTo(tolerance) > 0) {
            throw notAuthentic("the call's timestamp is " + age.toSeconds() + " s away from now, more than the "
                    + tolerance.toSeconds() + " s allowed");
        }
        byte[] given;
        try {
            String hex = signature.strip();
            given = HexFormat.of().parseHex(hex.startsWith("sha256=") ? hex.substring("sha256=".length()) : hex);
        } catch (IllegalArgumentException e) {
            throw notAuthentic("header " + signatureHeader + " is not a hex HMAC-SHA256");
        }
        if (!MessageDigest.isEqual(mac(delivery.secret(), seconds, delivery.body()), given)) {
            throw notAuthentic("the signature does not match the body");
        }
    }

    private static byte[] mac(String secret, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static WebhookRejectedException notAuthentic(String why) {
        return new WebhookRejectedException(Reason.NOT_AUTHENTIC, why);
    }
}
