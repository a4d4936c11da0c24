package io.returnrouter.api.plans;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One subscriber's event stream of one plan: a tick reads the plan and sends what it is now. */
final class PlanProgressStream {

    static final long TICK_MILLIS = 1_000;
    private static final Logger LOG = Logger.getLogger(PlanProgressStream.class.getName());

    private final String planId;
    private final PlanService service;
    private final SseEventSink sink;
    private final Sse sse;
    private volatile ScheduledFuture<?> ticks;

    PlanProgressStream(String planId, PlanService service, SseEventSink sink, Sse sse) {
        this.planId = planId;
        this.service = service;
        this.sink = sink;
        this.sse = sse;
    }

    void attach(ScheduledFuture<?> ticks) {
        this.ticks = ticks;
    }

    void tick() {
        if (sink.isClosed()) {
            stop();
            return;
        }
        try {
            JsonObject plan = service.view(planId);
            String status = plan.getString("status");
            boolean done = !status.equals("QUEUED") && !status.equals("SOLVING");
            sink.send(sse.newEventBuilder()
                    .name(done ? "done" : "progress")
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(String.class, event(plan, status).toString())
                    .build());
            if (done) {
                stop();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Event stream of plan " + planId + " ends", e);
            stop();
        }
    }

    private void stop() {
        ScheduledFuture<?> scheduled = ticks;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        if (!sink.isClosed()) {
            sink.close();
        }
    }

    /** Status, best score over time and seconds left; the full result stays at GET /plans/{id}. */
    static JsonObject event(JsonObject plan, String status) {
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("planId", plan.getString("id"))
                .add("status", status)
                .add("timeLimitSeconds", plan.getInt("timeLimitSeconds"))
                .add("bestScore", plan.getOrDefault("bestScore", JsonValue.NULL))
                .add("progress", plan.getOrDefault("progress", JsonValue.EMPTY_JSON_ARRAY));
        if (!plan.isNull("startedAt") && status.equals("SOLVING")) {
            Instant started = Instant.parse(plan.getString("startedAt"));
            long elapsed = Duration.between(started, Instant.now()).toSeconds();
            event.add("timeLeftSeconds", Math.max(0, plan.getInt("timeLimitSeconds") - elapsed));
        }
        return event.build();
    }
}
