package io.returnrouter.api.notify;

import io.returnrouter.api.problem.InvalidQueryException;
import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.core.notify.EventType;
import io.returnrouter.persistence.notify.Delivery;
import io.returnrouter.persistence.notify.Outbox;
import io.returnrouter.persistence.notify.Subscription;
import io.returnrouter.persistence.notify.SubscriptionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webhook use cases: subscribe, list, unsubscribe, read the delivery log, send again. A shop
 * sees and changes only its own subscriptions (another shop's is not found); an admin sees all.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    static final int DELIVERY_LOG_LIMIT = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriptionStore store;
    private final Outbox outbox;
    private final boolean developmentMode;
    private final Clock clock;

    @Inject
    public WebhookSubscriptions(SubscriptionStore store, Outbox outbox,
                                @ConfigProperty(name = "returnrouter.development-mode", defaultValue = "false")
                                boolean developmentMode) {
        this(store, outbox, developmentMode, Clock.systemUTC());
    }

    public WebhookSubscriptions(SubscriptionStore store, Outbox outbox, boolean developmentMode, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.developmentMode = developmentMode;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected WebhookSubscriptions() {
        this(null, null, false, Clock.systemUTC());
    }

    /**
     * Subscribes the shop; the answer is the only one that shows the secret.
     *
     * @param shop the caller's shop; null for an admin, who must name the shop in the request
     */
    public SubscriptionDto subscribe(SubscriptionRequestDto request, String shop) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String owner = shop != null ? shop : request.shopId();
        if (owner == null || owner.isBlank()) {
            errors.add(new Problem.FieldError("shopId", "an admin must name the shop the subscription is for"));
        } else if (shop != null && request.shopId() != null && !shop.equals(request.shopId())) {
            errors.add(new Problem.FieldError("shopId", "this token speaks for shop " + shop + ", not " + request.shopId()));
        }
        WebhookUrls.problem(request.url(), developmentMode).ifPresent(p -> errors.add(new Problem.FieldError("url", p)));
        LinkedHashSet<String> events = new LinkedHashSet<>();
        for (int i = 0; i < request.events().size(); i++) {
            String name = request.events().get(i);
            if (EventType.ofWireName(name).isEmpty()) {
                errors.add(new Problem.FieldError("events[" + i + "]", "unknown event type '" + name + "'; known: "
                        + java.util.Arrays.stream(EventType.values()).map(EventType::wireName).toList()));
            }
            events.add(name);
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        Subscription s = new Subscription(UUID.randomUUID().toString(), owner, request.url(), List.copyOf(events),
                newSecret(), Instant.now(clock));
        store.create(s);
        return new SubscriptionDto(s.id(), s.shopId(), s.url(), s.events(), s.secret(), s.createdAt());
    }

    /** 32 random bytes from SecureRandom, hex, prefixed so a leaked one is recognisable in a scan. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }

    public List<SubscriptionDto> list(String shop) {
        return store.list(shop).stream().map(WebhookSubscriptions::shown).toList();
    }

    public SubscriptionDto get(String id, String shop) {
        return shown(owned(id, shop));
    }

    public void delete(String id, String shop) {
        owned(id, shop);
        store.delete(id, Instant.now(clock));
    }

    public List<DeliveryDto> deliveries(String id, String shop) {
        owned(id, shop);
        return outbox.deliveries(id, DELIVERY_LOG_LIMIT).stream().map(WebhookSubscriptions::shown).toList();
    }

    /** Queues the delivery again at once, with a fresh backoff window. */
    public void redeliver(String id, String deliveryId, String shop) {
        owned(id, shop);
        if (!outbox.redeliver(id, deliveryId, Instant.now(clock))) {
            throw new NotFoundException("Subscription " + id + " has no delivery " + deliveryId
                    + " that can be sent again (deliveries of a deleted subscription are cancelled).");
        }
    }

    private Subscription owned(String id, String shop) {
        return store.find(id).filter(s -> shop == null || s.shopId().equals(shop))
                .orElseThrow(() -> new NotFoundException("No webhook subscription " + id + "."));
    }

    private static SubscriptionDto shown(Subscription s) {
        return new SubscriptionDto(s.id(), s.shopId(), s.url(), s.events(), null, s.createdAt());
    }

    private static DeliveryDto shown(Delivery d) {
        return new DeliveryDto(d.id(), d.eventId(), d.eventType(), d.returnId(), d.status(), d.attempts(), d.createdAt(),
                "PENDING".equals(d.status()) ? d.nextAttemptAt() : null, d.deliveredAt(), d.lastStatusCode(),
                d.attemptLog().stream().map(a -> new DeliveryDto.AttemptDto(a.attempt(), a.startedAt(), a.durationMs(),
                        a.statusCode(), a.error(), a.instanceId())).toList());
    }
}
