package io.returnrouter.api.notify;

import io.returnrouter.core.notify.EventType;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.core.spi.ModuleRegistry;
import io.returnrouter.persistence.notify.Outbox;
import io.returnrouter.persistence.notify.Progress;
import io.returnrouter.persistence.notify.ProgressStore;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The alerts before the customer asks, checked over the returns still under way:
 * {@code return.delayed} when the first milestone a return has not reached (hand-in, hub, warehouse)
 * is overdue by more than the margin, and {@code return.refund_deadline_at_risk} when fewer than
 * the configured days are left to the legal refund deadline and no refund has started. Each is
 * raised once per return and milestone: the alert's row and its outbox rows are written in one
 * transaction, and the row's key refuses a second one, whichever instance runs the check.
 */
public class ReturnAlerts {

    /** Returns checked per run; the oldest status first, so a backlog is worked off over runs. */
    static final int BATCH = 5_000;

    private final ProgressStore store;
    private final EventMessages messages;
    private final ModuleRegistry registry;
    private final int marginDays;
    private final int refundRiskDays;
    private final Clock clock;

    public ReturnAlerts(ProgressStore store, ModuleRegistry registry, ShopNames shops, int marginDays, int refundRiskDays,
                        Clock clock) {
        this.store = store;
        this.registry = registry;
        this.messages = new EventMessages(registry, shops);
        this.marginDays = marginDays;
        this.refundRiskDays = refundRiskDays;
        this.clock = clock;
    }

    /** One check over the open returns; returns the alerts it raised. */
    public int check() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int raised = 0;
        for (Progress p : store.open(BATCH)) {
            Optional<Lateness> late = Lateness.of(p, today, marginDays);
            if (late.isPresent()) {
                Lateness l = late.get();
                JsonObject alert = Json.createObjectBuilder().add("late", l.milestone()).add("due", l.due().toString())
                        .add("daysLate", l.daysLate()).add("expectedAtWarehouse", l.expected().toString()).build();
                CustomerMessage text = messages.alertMessage(EventType.DELAYED, p, l.expected(), l.daysLate(),
                        l.milestone(), messages.languageOf(p));
                raised += raise(p, EventType.DELAYED, l.milestone(), l.expected(), alert, text, now) ? 1 : 0;
            }
            if (p.refundDeadline() != null && p.outcome() == null) {
                long left = ChronoUnit.DAYS.between(today, p.refundDeadline());
                if (left < refundRiskDays) {
                    String basis = registry == null ? "" : registry.market(p.market())
                            .flatMap(MarketModule::refundDeadline).map(d -> d.legalBasis()).orElse("");
                    JsonObject alert = Json.createObjectBuilder().add("refundDeadline", p.refundDeadline().toString())
                            .add("daysLeft", left).add("legalBasis", basis).build();
                    CustomerMessage text = messages.alertMessage(EventType.REFUND_DEADLINE_AT_RISK, p, p.refundDeadline(),
                            Math.max(0, left), null, messages.languageOf(p));
                    raised += raise(p, EventType.REFUND_DEADLINE_AT_RISK, "REFUND", p.refundDeadline(), alert, text, now)
                            ? 1 : 0;
                }
            }
        }
        return raised;
    }

    private boolean raise(Progress p, EventType type, String milestone, LocalDate expected, JsonObject alert,
                          CustomerMessage text, Instant now) {
        String eventId = UUID.randomUUID().toString();
        return store.transactions().inTransaction(c -> {
            if (!ProgressStore.raise(c, p.returnId(), type.wireName(), milestone, eventId, expected, now)) {
                return false;
            }
            String payload = WebhookPayloads.payload(eventId, type.wireName(), now, p.returnId(), p.shopId(), p.status(),
                    Map.of(), alert, text);
            // Due now in real time: the check's clock may be a test's, the dispatchers' is the system's.
            Outbox.enqueue(c, p.shopId(), eventId, type.wireName(), p.returnId(), payload, Instant.now());
            return true;
        });
    }
}
