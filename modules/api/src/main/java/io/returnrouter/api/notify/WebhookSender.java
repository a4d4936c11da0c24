package io.returnrouter.api.notify;

import io.returnrouter.core.notify.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Posts one signed delivery with the JDK's HttpClient. Short connect and answer timeouts: a
 * receiver that never answers costs one sender thread for at most {@code answerTimeout}, and the
 * senders are a small pool of their own (see {@link OutboxDispatcher}), never request threads.
 * Redirects are not followed: the subscription names where the event goes.
 */
public class WebhookSender {

    /** What the receiver answered: a status code, or why there was none. */
    public record Result(Integer statusCode, String error) {
    }

    private final HttpClient client;
    private final Duration answerTimeout;
    private final Clock clock;

    public WebhookSender(Duration connectTimeout, Duration answerTimeout, Executor executor, Clock clock) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1);
        if (executor != null) {
            builder.executor(executor);
        }
        this.client = builder.build();
        this.answerTimeout = answerTimeout;
        this.clock = clock;
    }

    public Result send(String url, String secret, String eventId, String body) {
        long t = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(answerTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "ReturnRouter-Webhooks/1")
                .header("ReturnRouter-Event-Id", eventId)
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, t, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Result(response.statusCode(), null);
        } catch (HttpTimeoutException e) {
            return new Result(null, "no answer within " + answerTimeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Result(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted while sending");
        } catch (IllegalArgumentException e) {
            return new Result(null, "unusable URL: " + e.getMessage());
        }
    }
}
