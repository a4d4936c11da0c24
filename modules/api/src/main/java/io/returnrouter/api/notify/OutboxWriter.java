package io.returnrouter.api.notify;

import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.lifecycle.StatusChange;
import io.returnrouter.core.notify.EventType;
import io.returnrouter.core.rules.RefundDeadline;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.core.spi.ModuleRegistry;
import io.returnrouter.persistence.lifecycle.TransitionListener;
import io.returnrouter.persistence.notify.Outbox;
import io.returnrouter.persistence.notify.Plan;
import io.returnrouter.persistence.notify.Progress;
import io.returnrouter.persistence.notify.ProgressStore;
import io.returnrouter.persistence.notify.StoredQuote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;

/**
 * Turns each stored status change into webhook outbox rows for the shop's subscriptions, inside
 * the transaction that stores the change: an event is announced if and only if it happened. On
 * the way it keeps the return's progress (milestone times beside the plan) for the alerts and the
 * KPIs, and the legal refund deadline once proof of sending or receipt is known.
 */
@ApplicationScoped
public class OutboxWriter implements TransitionListener {

    private final EventMessages messages;
    private final ModuleRegistry registry;
    private final Supplier<MeasuredTransit> measuredTransit;

    @Inject
    public OutboxWriter(RoutingWorldSource worlds, Config config, MeasuredTransitService measuredTransit) {
        this(worlds.registry(), ShopNames.from(config), measuredTransit::current);
    }

    public OutboxWriter(ModuleRegistry registry, ShopNames shops) {
        this(registry, shops, () -> MeasuredTransit.NONE);
    }

    /** @param measuredTransit the lanes whose measured first mile sets the planned hub arrival (none when off) */
    public OutboxWriter(ModuleRegistry registry, ShopNames shops, Supplier<MeasuredTransit> measuredTransit) {
        this.registry = registry;
        this.messages = new EventMessages(registry, shops);
        this.measuredTransit = measuredTransit;
    }

    /** For CDI proxies only. */
    protected OutboxWriter() {
        this.registry = null;
        this.messages = null;
        this.measuredTransit = null;
    }

    @Override
    public void onTransition(Connection c, StatusChange change) throws SQLException {
        Optional<Progress> known = ProgressStore.find(c, change.returnId());
        if (known.isEmpty()) {
            Optional<StoredQuote> quote = ProgressStore.storedQuote(c, change.returnId());
            if (quote.isEmpty()) {
                return; // not a quoted return of ours: nothing to follow or announce
            }
            Plan plan = change.to() == ReturnStatus.QUOTED ? Plan.UNKNOWN : PlannedRoute.of(quote.get(), registry,
                    measuredTransit.get());
            ProgressStore.start(c, quote.get(), plan, change);
        }
        ProgressStore.apply(c, change);
        Progress progress = ProgressStore.find(c, change.returnId()).orElseThrow();
        if (change.to() == ReturnStatus.HANDED_IN || change.to() == ReturnStatus.RECEIVED) {
            Optional<LocalDate> lastDay = registry.market(progress.market()).flatMap(MarketModule::refundDeadline)
                    .flatMap(d -> lastDay(d, progress));
            if (lastDay.isPresent()) {
                ProgressStore.refundDeadline(c, progress.returnId(), lastDay.get());
            }
        }
        Optional<EventType> type = EventType.forStatus(change.to());
        if (type.isPresent()) {
            CustomerMessage text = messages.statusMessage(type.get(), progress, change, messages.languageOf(progress));
            String payload = WebhookPayloads.payload(change.eventId(), type.get().wireName(), change.at(),
                    change.returnId(), change.shopId(), change.to().name(), change.details(), null, text);
            // Due now, whatever time the event says it happened (a warehouse may report it late).
            Outbox.enqueue(c, change.shopId(), change.eventId(), type.get().wireName(), change.returnId(), payload,
                    Instant.now());
        }
    }

    private static Optional<LocalDate> lastDay(RefundDeadline deadline, Progress p) {
        return deadline.lastDay(Expectations.day(p.handedInAt()), Expectations.day(p.receivedAt()));
    }
}
