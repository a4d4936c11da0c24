package io.returnrouter.carriers.support.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.spi.carrier.WebhookDelivery;
import io.returnrouter.core.spi.carrier.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final byte[] BODY = "{\"status\":\"delivered\"}".getBytes(StandardCharsets.UTF_8);
    private final WebhookSignatures signatures = new WebhookSignatures("X-Sig", "X-Ts",
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

    @Test
    void aCallSignedWithTheSecretNowIsAuthentic() {
        long ts = NOW.getEpochSecond();
        assertThatCode(() -> signatures.verify(delivery(ts, WebhookSignatures.sign("s3cret", ts, BODY), BODY, "s3cret")))
                .doesNotThrowAnyException();
        assertThatCode(() -> signatures.verify(delivery(ts, "sha256=" + WebhookSignatures.sign("s3cret", ts, BODY),
                BODY, "s3cret"))).doesNotThrowAnyException();
    }

    @Test
    void anotherSecretAChangedBodyOrAChangedTimestampIsRefused() {
        long ts = NOW.getEpochSecond();
        String good = WebhookSignatures.sign("s3cret", ts, BODY);
        refused(delivery(ts, WebhookSignatures.sign("other", ts, BODY), BODY, "s3cret"), "does not match");
        refused(delivery(ts, good, "{\"status\":\"lost\"}".getBytes(StandardCharsets.UTF_8), "s3cret"), "does not match");
        refused(delivery(ts - 1, good, BODY, "s3cret"), "does not match");
        refused(delivery(ts, "not-hex", BODY, "s3cret"), "not a hex");
    }

    @Test
    void anOldOrFutureCallIsRefusedEvenWhenCorrectlySigned() {
        long old = NOW.minusSeconds(301).getEpochSecond();
        refused(delivery(old, WebhookSignatures.sign("s3cret", old, BODY), BODY, "s3cret"), "301 s away");
        long future = NOW.plusSeconds(400).getEpochSecond();
        refused(delivery(future, WebhookSignatures.sign("s3cret", future, BODY), BODY, "s3cret"), "400 s away");
    }

    @Test
    void missingHeadersOrNoConfiguredSecretFailClosed() {
        long ts = NOW.getEpochSecond();
        refused(new WebhookDelivery(Map.of("x-ts", List.of(Long.toString(ts))), BODY, "s3cret"), "x-sig is missing");
        refused(new WebhookDelivery(Map.of("x-sig", List.of(WebhookSignatures.sign("s3cret", ts, BODY))), BODY, "s3cret"),
                "x-ts is missing");
        refused(delivery(ts, WebhookSignatures.sign("x", ts, BODY), BODY, ""), "no webhook secret");
        refused(delivery(ts, WebhookSignatures.sign("s3cret", ts, BODY), BODY, " "), "no webhook secret");
    }

    private void refused(WebhookDelivery delivery, String why) {
        assertThatThrownBy(() -> signatures.verify(delivery)).isInstanceOf(WebhookRejectedException.class)
                .hasMessageContaining(why)
                .matches(e -> ((WebhookRejectedException) e).reason() == WebhookRejectedException.Reason.NOT_AUTHENTIC);
    }

    private static WebhookDelivery delivery(long ts, String signature, byte[] body, String secret) {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("x-ts", List.of(Long.toString(ts)));
        headers.put("x-sig", List.of(signature));
        return new WebhookDelivery(headers, body, secret);
    }
}
