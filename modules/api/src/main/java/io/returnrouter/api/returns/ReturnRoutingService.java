package io.returnrouter.api.returns;

import io.returnrouter.api.money.Currencies;
import io.returnrouter.api.money.MoneyView;
import io.returnrouter.api.notify.MeasuredTransit;
import io.returnrouter.api.notify.MeasuredTransitService;
import io.returnrouter.api.plans.PlannedHubVolumes;
import io.returnrouter.api.problem.ConflictException;
import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.routing.RoutingWorld;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.api.lifecycle.ReturnTransitions;
import io.returnrouter.core.capacity.Claim;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.pricing.ExpectedVolumes;
import io.returnrouter.core.pricing.LoadView;
import io.returnrouter.core.quote.QuoteResult;
import io.returnrouter.core.quote.ReturnEligibility;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.persistence.jdbc.SqlWork;
import io.returnrouter.persistence.jdbc.UniqueViolationException;
import io.returnrouter.persistence.lifecycle.CustomerContact;
import io.returnrouter.persistence.repository.ReturnAlreadyConfirmedException;
import io.returnrouter.persistence.returns.CancelOutcome;
import io.returnrouter.persistence.returns.CapacityLedger;
import io.returnrouter.persistence.returns.ConfirmOutcome;
import io.returnrouter.persistence.returns.Confirmation;
import io.returnrouter.persistence.returns.NewQuote;
import io.returnrouter.persistence.returns.ParcelBooking;
import io.returnrouter.persistence.returns.ReturnStore;
import io.returnrouter.persistence.returns.StoredReturn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The returns use cases for shop backends: quote a return, read it, confirm the customer's
 * choices against the capacity ledger, cancel. Transport-free: the JAX-RS resource only maps
 * HTTP onto these methods.
 */
@ApplicationScoped
public class ReturnRoutingService {

    /** How far ahead a customer may say they will hand parcels in. */
    static final int MAX_HAND_IN_DAYS_AHEAD = 14;
    private static final Jsonb JSON = JsonbBuilder.create();

    private final RoutingWorldSource worlds;
    private final ReturnStore store;
    private final CapacityLedger ledger;
    private final LedgerLoads loads;
    private final Currencies currencies;
    private final PlannedHubVolumes plannedVolumes;
    private final ReturnTransitions transitions;
    private final Clock clock;
    private final Supplier<MeasuredTransit> measuredTransit;

    @Inject
    public ReturnRoutingService(RoutingWorldSource worlds, ReturnStore store, CapacityLedger ledger, LedgerLoads loads,
                                Currencies currencies, PlannedHubVolumes plannedVolumes, ReturnTransitions transitions,
                                MeasuredTransitService measuredTransit) {
        this(worlds, store, ledger, loads, currencies, plannedVolumes, transitions, Clock.systemUTC(),
                measuredTransit::current);
    }

    ReturnRoutingService(RoutingWorldSource worlds, ReturnStore store, CapacityLedger ledger, LedgerLoads loads,
                         Currencies currencies, PlannedHubVolumes plannedVolumes, ReturnTransitions transitions,
                         Clock clock) {
        this(worlds, store, ledger, loads, currencies, plannedVolumes, transitions, clock, () -> MeasuredTransit.NONE);
    }

    /** @param measuredTransit the lanes whose measured median replaces the nominal first mile (none when off) */
    public ReturnRoutingService(RoutingWorldSource worlds, ReturnStore store, CapacityLedger ledger, LedgerLoads loads,
                                Currencies currencies, PlannedHubVolumes plannedVolumes, ReturnTransitions transitions,
                                Clock clock, Supplier<MeasuredTransit> measuredTransit) {
        this.measuredTransit = measuredTransit;
        this.worlds = worlds;
        this.store = store;
        this.ledger = ledger;
        this.loads = loads;
        this.currencies = currencies;
        this.plannedVolumes = plannedVolumes;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected ReturnRoutingService() {
        this(null, null, null, null, null, null, null, Clock.systemUTC());
    }

    /**
     * Quotes a return against the booked loads of the days it offers and answers with the JSON
     * that is stored for it, serialised once: the same bytes answer the shop now and replay its
     * retries later. With an idempotency key, a repeated call with the same body answers what the
     * first one did and stores nothing new; the same key with another body is a conflict.
     */
    public String quote(ReturnRequestDto given, String idempotencyKey) {
        // The contact is personal data: kept in its own table, never in the stored request.
        CustomerContact contact = given.customer() == null ? null : given.customer().contact();
        ReturnRequestDto request = given.withoutContact();
        String requestJson = JSON.toJson(request);
        String hash = sha256(requestJson);
        if (idempotencyKey != null) {
            Optional<String> replay = replay(idempotencyKey, request.shopId(), hash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Instant now = clock.instant();
        NewQuote quote = priced(request, requestJson, hash, loads.cached(), now);
        String responseJson = quote.responseJson();
        try {
            SqlWork<Void> keepContact = transitions.keepContact(quote.returnId(), contact, now);
            if (!store.insertFirst(quote, idempotencyKey, now, keepContact)) {
                store.requote(quote, idempotencyKey, now, keepContact);
            }
        } catch (UniqueViolationException concurrent) {
            // A concurrent request stored this key or return first: answer as it did, or replace its quote.
            Optional<String> replay = idempotencyKey == null ? Optional.empty()
                    : replay(idempotencyKey, request.shopId(), hash);
            if (replay.isPresent()) {
                return replay.get();
            }
            store.requote(quote, idempotencyKey, now, transitions.keepContact(quote.returnId(), contact, now));
        }
        return responseJson;
    }

    /** Quotes a request against the given loads: the answer the shop gets and the claims stored with it. */
    private NewQuote priced(ReturnRequestDto request, String requestJson, String hash, LoadView atLoads, Instant now) {
        CustomerReturn ret = ReturnMapper.toDomain(request, LocalDate.ofInstant(now, ZoneOffset.UTC));
        MeasuredTransit measured = measuredTransit.get();
        RoutingWorld world = measured.applyTo(worlds.on(ret.requestedOn()));
        world.rules().forCountry(ret.marketCountry()).ifPresent(rules -> CustomerCountry.check(request, rules));
        requireSealStates(ret, world);
        QuoteResult result = world.quoteEngine().quoteForShop(ret, handInOn(request, ret), atLoads,
                plannedVolumes.current(), request.maxOptionsOrDefault());
        QuoteResponseDto response = QuoteView.of(result, ret, now,
                new MoneyView(currencies.rates(), currencies.reportingCurrency(ret.shopId())), measured);
        return new NewQuote(ret.id(), ret.shopId(), ret.marketCountry(), response.decision(), hash, requestJson,
                JSON.toJson(response), OptionClaims.toJson(result, loads.hubPeriod()), now);
    }

    /** A market that decides by the seal gets no guess: the request must state it, before anything is stored. */
    private static void requireSealStates(CustomerReturn ret, RoutingWorld world) {
        Optional<MarketRules> rules = world.rules().forCountry(ret.marketCountry());
        if (rules.isEmpty()) {
            return;
        }
        List<Problem.FieldError> missing = ReturnEligibility.itemsNeedingSealState(ret, rules.get()).stream()
                .map(i -> new Problem.FieldError("items[" + i + "].sealed", "is required for category "
                        + ret.items().get(i).category() + " in " + ret.marketCountry() + ": such goods may be returned "
                        + "only while sealed (" + rules.get().withdrawalLegalBasis() + "); send true or false"))
                .toList();
        if (!missing.isEmpty()) {
            throw new UnprocessableException(missing);
        }
    }

    /**
     * The stored quote of a return.
     *
     * @param shopScope the shop a caller speaks for; another shop's return is not found. Null for any shop.
     */
    public QuoteResponseDto find(String returnId, String shopScope) {
        return stored(record(returnId, shopScope));
    }

    /**
     * Books the chosen option of every parcel, as quoted, in the capacity ledger: all or nothing.
     * An identical repeat (a retry after a lost answer) gets the same answer.
     *
     * @throws CapacityTakenException when a bucket has no room left; nothing is booked
     */
    public QuoteResponseDto confirm(String returnId, String shopScope, ConfirmRequestDto confirmation,
                                    String idempotencyKey) {
        StoredReturn record = record(returnId, shopScope);
        if (QuoteResponseDto.REJECTED.equals(record.decision())) {
            throw new ConflictException("Return " + returnId + " was rejected; there is no route to confirm.");
        }
        QuoteResponseDto quoted = stored(record);
        Map<String, String> chosen = validateChoices(quoted, confirmation);
        String choicesHash = sha256(new TreeMap<>(chosen).toString());
        if (record.isCancelled()) {
            throw new ConflictException("Return " + returnId + " was cancelled; quote it under a new id.");
        }
        if (record.isConfirmed()) {
            return repeated(record, quoted, choicesHash, idempotencyKey);
        }
        Map<String, OptionClaims.Option> claims = OptionClaims.fromJson(record.claimsJson());
        List<ParcelBooking> parcels = new ArrayList<>();
        chosen.forEach((parcelId, optionId) -> {
            OptionClaims.Option option = claims.get(optionId);
            if (option == null) {
                throw new ConflictException("Return " + returnId + " was quoted before capacity was booked per day: "
                        + "quote it again.");
            }
            parcels.add(new ParcelBooking(parcelId, optionId, option.volumeCm3(), option.toClaims()));
        });
        Instant at = clock.instant();
        ConfirmOutcome outcome = ledger.confirm(new Confirmation(returnId, record.quotedAt(), choicesHash,
                idempotencyKey, parcels, at), transitions.confirmed(returnId, at, parcels.size()));
        if (outcome instanceof ConfirmOutcome.AlreadyConfirmed already) {
            return repeated(already.choicesHash(), already.idempotencyKey(), returnId, quoted, choicesHash,
                    idempotencyKey);
        }
        if (outcome instanceof ConfirmOutcome.Full full) {
            throw new CapacityTakenException("The capacity of " + describe(full.bucket()) + " that your choice books "
                    + "was taken since the quote; the options listed still have room.", alternatives(record, quoted, claims));
        }
        if (outcome instanceof ConfirmOutcome.Stale) {
            throw new ConflictException("Return " + returnId + " was quoted again or cancelled since; confirm "
                    + "against its current quote.");
        }
        loads.changed(days(parcels));
        return quoted.withConfirmed(true);
    }

    /**
     * Releases what a confirmed return holds in the ledger; repeating it changes nothing.
     *
     * @return when the return was cancelled
     */
    public CancellationDto cancel(String returnId, String shopScope) {
        StoredReturn record = record(returnId, shopScope);
        Instant at = clock.instant();
        CancelOutcome outcome = ledger.cancel(returnId, at, transitions.cancelled(returnId, at))
                .orElseThrow(() -> new NotFoundException("No return " + returnId + " has been quoted."));
        if (outcome == CancelOutcome.NOT_CONFIRMED) {
            throw new ConflictException("Return " + returnId + " is not confirmed; it holds no capacity to release.");
        }
        loads.changed(days(record));
        if (outcome == CancelOutcome.RELEASED) {
            transitions.cancelAtCarriers(returnId);
        }
        StoredReturn cancelled = store.find(returnId).orElseThrow();
        return new CancellationDto(returnId, true, cancelled.cancelledAt());
    }

    /** Another shop's return is "not found" rather than forbidden, so return ids of other shops cannot be probed. */
    private StoredReturn record(String returnId, String shopScope) {
        return store.find(returnId)
                .filter(r -> shopScope == null || shopScope.equals(r.shopId()))
                .orElseThrow(() -> new NotFoundException("No return " + returnId + " has been quoted."));
    }

    private Optional<String> replay(String idempotencyKey, String shopId, String hash) {
        return store.findKey(idempotencyKey, shopId).map(key -> {
            if (!key.requestHash().equals(hash)) {
                throw new ConflictException("Idempotency-Key '" + idempotencyKey
                        + "' was already used with a different request body.");
            }
            StoredReturn record = store.find(key.returnId()).orElseThrow();
            // The stored answer says "confirmed": false; only a confirmed return needs rewriting.
            return record.isConfirmed() && !record.isCancelled() ? JSON.toJson(stored(record)) : record.responseJson();
        });
    }

    private static QuoteResponseDto repeated(StoredReturn record, QuoteResponseDto quoted, String choicesHash,
                                             String idempotencyKey) {
        return repeated(record.confirmationHash(), record.confirmationKey(), record.returnId(), quoted, choicesHash,
                idempotencyKey);
    }

    /** A confirmation of a confirmed return: the same answer when it repeats the first, else a conflict. */
    private static QuoteResponseDto repeated(String storedHash, String storedKey, String returnId,
                                             QuoteResponseDto quoted, String choicesHash, String idempotencyKey) {
        if (idempotencyKey != null && idempotencyKey.equals(storedKey) && !choicesHash.equals(storedHash)) {
            throw new ConflictException("Idempotency-Key '" + idempotencyKey
                    + "' was already used with different choices.");
        }
        if (!choicesHash.equals(storedHash)) {
            throw new ReturnAlreadyConfirmedException(returnId);
        }
        return quoted.withConfirmed(true);
    }

    /**
     * Per parcel, the options that have room now: the return quoted again at the ledger's current
     * loads, stored as its quote so each alternative can be confirmed. A shop shows a few distinct
     * options, so the quote the customer saw may hold no other day of the taken slot; stable ids
     * keep every quoted option that is still free under its id. When the return is no longer
     * accepted, the quoted options that still have room.
     */
    private List<CapacityTakenProblem.Alternatives> alternatives(StoredReturn record, QuoteResponseDto quoted,
                                                                 Map<String, OptionClaims.Option> claims) {
        LoadView now = loads.current();
        ReturnRequestDto request = JSON.fromJson(record.requestJson(), ReturnRequestDto.class);
        NewQuote again = priced(request, record.requestJson(), record.requestHash(), now, clock.instant());
        if (QuoteResponseDto.ACCEPTED.equals(again.decision())) {
            store.requote(again, null, again.quotedAt());
            return JSON.fromJson(again.responseJson(), QuoteResponseDto.class).parcels().stream()
                    .map(p -> new CapacityTakenProblem.Alternatives(p.parcelId(), p.options())).toList();
        }
        List<CapacityTakenProblem.Alternatives> alternatives = new ArrayList<>();
        for (QuoteResponseDto.ParcelDto parcel : quoted.parcels()) {
            List<QuoteResponseDto.OptionDto> free = parcel.options().stream()
                    .filter(o -> claims.containsKey(o.optionId()) && claims.get(o.optionId()).toClaims().stream()
                            .allMatch(c -> c.fitsBeside(now.parcels(c.bucket()), now.volumeCm3(c.bucket()))))
                    .toList();
            alternatives.add(new CapacityTakenProblem.Alternatives(parcel.parcelId(), free));
        }
        return alternatives;
    }

    private static String describe(io.returnrouter.core.capacity.Bucket bucket) {
        return switch (bucket.kind()) {
            case PICKUP_SLOT -> "the pickup slot " + bucket.resourceId() + " on " + bucket.day();
            case DROP_OFF_POINT -> "drop-off point " + bucket.resourceId() + " on " + bucket.day();
            case HUB -> "hub " + bucket.resourceId() + " in the period from " + bucket.day();
            case DEPARTURE -> "the " + bucket.day() + " departure from " + bucket.resourceId();
        };
    }

    private static LocalDate handInOn(ReturnRequestDto request, CustomerReturn ret) {
        LocalDate handInOn = request.handInOn();
        if (handInOn == null) {
            return ret.requestedOn();
        }
        if (handInOn.isBefore(ret.requestedOn()) || handInOn.isAfter(ret.requestedOn().plusDays(MAX_HAND_IN_DAYS_AHEAD))) {
            throw new UnprocessableException("handInOn", "must lie between the request day " + ret.requestedOn()
                    + " and " + MAX_HAND_IN_DAYS_AHEAD + " days after it");
        }
        return handInOn;
    }

    private static List<LocalDate> days(List<ParcelBooking> parcels) {
        TreeSet<LocalDate> days = new TreeSet<>();
        parcels.forEach(p -> p.claims().forEach(c -> days.add(c.bucket().day())));
        return List.copyOf(days);
    }

    private static List<LocalDate> days(StoredReturn record) {
        Map<String, OptionClaims.Option> claims = OptionClaims.fromJson(record.claimsJson());
        TreeSet<LocalDate> days = new TreeSet<>();
        claims.values().forEach(o -> o.toClaims().stream().map(Claim::bucket).forEach(b -> days.add(b.day())));
        return List.copyOf(days);
    }

    private static QuoteResponseDto stored(StoredReturn record) {
        return JSON.fromJson(record.responseJson(), QuoteResponseDto.class)
                .withConfirmed(record.isConfirmed() && !record.isCancelled());
    }

    private static Map<String, String> validateChoices(QuoteResponseDto quoted, ConfirmRequestDto confirmation) {
        Map<String, QuoteResponseDto.ParcelDto> parcels = new HashMap<>();
        quoted.parcels().forEach(p -> parcels.put(p.parcelId(), p));
        Map<String, String> chosen = new HashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < confirmation.choices().size(); i++) {
            var choice = confirmation.choices().get(i);
            var parcel = parcels.get(choice.parcelId());
            if (parcel == null) {
                errors.add(new Problem.FieldError("choices[" + i + "].parcelId",
                        "no parcel " + choice.parcelId() + " in the quote; parcels are " + parcels.keySet()));
            } else if (parcel.options().stream().noneMatch(o -> o.optionId().equals(choice.optionId()))) {
                errors.add(new Problem.FieldError("choices[" + i + "].optionId",
                        "not one of the quoted options of parcel " + choice.parcelId()));
            } else if (chosen.put(choice.parcelId(), choice.optionId()) != null) {
                errors.add(new Problem.FieldError("choices[" + i + "].parcelId",
                        "parcel " + choice.parcelId() + " is chosen twice"));
            }
        }
        parcels.keySet().stream().filter(id -> !chosen.containsKey(id)).sorted()
                .forEach(id -> errors.add(new Problem.FieldError("choices", "parcel " + id + " has no choice")));
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        return chosen;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
