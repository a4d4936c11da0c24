package io.returnrouter.api.returns;

import io.returnrouter.api.money.Currencies;
import io.returnrouter.api.money.MoneyView;
import io.returnrouter.api.plans.PlannedHubVolumes;
import io.returnrouter.api.problem.ConflictException;
import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.routing.RoutingWorld;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.plan.ParcelIds;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.ExpectedVolumes;
import io.returnrouter.core.pricing.MarginalPricer;
import io.returnrouter.core.quote.QuoteResult;
import io.returnrouter.core.quote.ReturnEligibility;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.persistence.entity.IdempotencyRecordEntity;
import io.returnrouter.persistence.entity.ReturnRecordEntity;
import io.returnrouter.persistence.entity.RouteConfirmationEntity;
import io.returnrouter.persistence.repository.ReturnRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.PersistenceException;
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
import java.util.function.Supplier;
import java.util.logging.Logger;

/** Quotes, stores and confirms the routes of single returns for shop backends. */
@ApplicationScoped
public class ReturnRoutingService {

    private static final Logger LOG = Logger.getLogger(ReturnRoutingService.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    private final RoutingWorldSource worlds;
    private final ReturnRecordRepository repository;
    private final BookedCapacity capacity;
    private final Currencies currencies;
    private final PlannedHubVolumes plannedVolumes;
    private final Clock clock;

    @Inject
    public ReturnRoutingService(RoutingWorldSource worlds, ReturnRecordRepository repository, BookedCapacity capacity,
                                Currencies currencies, PlannedHubVolumes plannedVolumes) {
        this(worlds, repository, capacity, currencies, plannedVolumes, Clock.systemUTC());
    }

    ReturnRoutingService(RoutingWorldSource worlds, ReturnRecordRepository repository, BookedCapacity capacity,
                         Currencies currencies, PlannedHubVolumes plannedVolumes, Clock clock) {
        this.worlds = worlds;
        this.repository = repository;
        this.capacity = capacity;
        this.currencies = currencies;
        this.plannedVolumes = plannedVolumes;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected ReturnRoutingService() {
        this(null, null, null, null, null, Clock.systemUTC());
    }

    /**
     * Quotes a return and answers with the JSON that is stored for it, serialised once: the same
     * bytes answer the shop now and replay its retries later. With an idempotency key, a repeated
     * call with the same body answers what the first one did and stores nothing new; the same key
     * with another body is a conflict.
     */
    public String quote(ReturnRequestDto request, String idempotencyKey) {
        String requestJson = JSON.toJson(request);
        String hash = sha256(requestJson);
        if (idempotencyKey != null) {
            Optional<String> replay = replay(idempotencyKey, request.shopId(), hash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Instant now = clock.instant();
        CustomerReturn ret = ReturnMapper.toDomain(request, LocalDate.ofInstant(now, ZoneOffset.UTC));
        RoutingWorld world = worlds.on(ret.requestedOn());
        world.rules().forCountry(ret.marketCountry()).ifPresent(rules -> CustomerCountry.check(request, rules));
        requireSealStates(ret, world);
        ExpectedVolumes expected = plannedVolumes.current();
        QuoteResult result = capacity.read(loads -> world.quoteEngine().quoteForShop(ret, loads,
                expected, request.maxOptionsOrDefault()));
        QuoteResponseDto response = QuoteView.of(result, ret, now,
                new MoneyView(currencies.rates(), currencies.reportingCurrency(ret.shopId())));
        String responseJson = JSON.toJson(response);
        Supplier<ReturnRecordEntity> record = () -> new ReturnRecordEntity(ret.id(), ret.shopId(),
                ret.marketCountry(), response.decision(), hash, requestJson, responseJson, now);
        Supplier<IdempotencyRecordEntity> key = () -> idempotencyKey == null ? null
                : new IdempotencyRecordEntity(idempotencyKey, request.shopId(), hash, ret.id(), now);
        try {
            try {
                repository.insertQuote(record.get(), key.get());
            } catch (PersistenceException notTheFirst) {
                // The return was quoted before (or a concurrent retry stored the key): its transaction is
                // rolled back; replace an unconfirmed quote under the row's lock, with fresh entities.
                repository.saveQuote(record.get(), key.get());
            }
        } catch (PersistenceException e) {
            // A concurrent request with the same key won the race: answer as it did.
            if (idempotencyKey != null) {
                Optional<String> replay = replay(idempotencyKey, request.shopId(), hash);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            throw e;
        }
        return responseJson;
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

    /** Books the chosen option of every parcel; it holds capacity from then on. */
    public QuoteResponseDto confirm(String returnId, String shopScope, ConfirmRequestDto confirmation) {
        ReturnRecordEntity record = record(returnId, shopScope);
        if (QuoteResponseDto.REJECTED.equals(record.getDecision())) {
            throw new ConflictException("Return " + returnId + " was rejected; there is no route to confirm.");
        }
        if (record.isConfirmed()) {
            throw new ConflictException("Return " + returnId + " is already confirmed.");
        }
        QuoteResponseDto quoted = stored(record);
        Map<String, String> chosen = validateChoices(quoted, confirmation);
        Map<String, Chosen> options = resolve(record, chosen);
        Instant now = clock.instant();
        capacity.write(loads -> {
            for (Chosen c : options.values()) {
                if (!MarginalPricer.fits(c.spec().volumeCm3(), c.option(), loads)) {
                    throw new ConflictException("The capacity of option " + c.option().id()
                            + " was taken since the quote: quote the return again.");
                }
            }
            List<RouteConfirmationEntity> rows = options.entrySet().stream()
                    .map(e -> new RouteConfirmationEntity(returnId, e.getKey(), e.getValue().option().id(),
                            e.getValue().spec().volumeCm3(), now))
                    .toList();
            repository.confirm(returnId, rows, now);
            options.values().forEach(c -> loads.add(c.spec().volumeCm3(), c.option()));
            return null;
        });
        return quoted.withConfirmed(true);
    }

    /** Rebuilds the booked capacity from the confirmed routes in the database (at start-up). */
    public int rebuildBookedCapacity() {
        capacity.clear();
        Map<String, List<RouteConfirmationEntity>> byReturn = new HashMap<>();
        Map<String, String> requests = new HashMap<>();
        for (Object[] row : repository.allConfirmationsWithRequests()) {
            RouteConfirmationEntity c = (RouteConfirmationEntity) row[0];
            byReturn.computeIfAbsent(c.getReturnId(), k -> new ArrayList<>()).add(c);
            requests.put(c.getReturnId(), (String) row[1]);
        }
        int booked = 0;
        for (var entry : byReturn.entrySet()) {
            ReturnRequestDto request = JSON.fromJson(requests.get(entry.getKey()), ReturnRequestDto.class);
            Map<String, String> chosen = new HashMap<>();
            entry.getValue().forEach(c -> chosen.put(c.getParcelId(), c.getOptionId()));
            try {
                CustomerReturn ret = ReturnMapper.toDomain(request, request.requestedOn() != null
                        ? request.requestedOn() : LocalDate.now(clock));
                for (Chosen c : enumerateChosen(ret, chosen).values()) {
                    capacity.book(c.spec().volumeCm3(), c.option());
                    booked++;
                }
            } catch (RuntimeException e) {
                LOG.warning(() -> "Confirmed route of return " + entry.getKey()
                        + " no longer exists in the network; its capacity is not held: " + e.getMessage());
            }
        }
        return booked;
    }

    /** Another shop's return is "not found" rather than forbidden, so return ids of other shops cannot be probed. */
    private ReturnRecordEntity record(String returnId, String shopScope) {
        return repository.find(returnId)
                .filter(r -> shopScope == null || shopScope.equals(r.getShopId()))
                .orElseThrow(() -> new NotFoundException("No return " + returnId + " has been quoted."));
    }

    private Optional<String> replay(String idempotencyKey, String shopId, String hash) {
        return repository.findKey(idempotencyKey, shopId).map(key -> {
            if (!key.getRequestHash().equals(hash)) {
                throw new ConflictException("Idempotency-Key '" + idempotencyKey
                        + "' was already used with a different request body.");
            }
            ReturnRecordEntity record = repository.find(key.getReturnId()).orElseThrow();
            // The stored answer says "confirmed": false; only a confirmed return needs rewriting.
            return record.isConfirmed() ? JSON.toJson(stored(record)) : record.getResponseJson();
        });
    }

    private static QuoteResponseDto stored(ReturnRecordEntity record) {
        return JSON.fromJson(record.getResponseJson(), QuoteResponseDto.class).withConfirmed(record.isConfirmed());
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

    private Map<String, Chosen> resolve(ReturnRecordEntity record, Map<String, String> chosen) {
        ReturnRequestDto request = JSON.fromJson(record.getRequestJson(), ReturnRequestDto.class);
        LocalDate quotedOn = LocalDate.ofInstant(record.getQuotedAt(), ZoneOffset.UTC);
        Map<String, Chosen> resolved = enumerateChosen(ReturnMapper.toDomain(request, quotedOn), chosen);
        if (resolved.size() != chosen.size()) {
            throw new ConflictException("The network changed since return " + record.getReturnId()
                    + " was quoted: quote it again.");
        }
        return resolved;
    }

    /** Finds the chosen options again by packing and enumerating the return as the quote did. */
    private Map<String, Chosen> enumerateChosen(CustomerReturn ret, Map<String, String> chosen) {
        RoutingWorld world = worlds.on(ret.requestedOn());
        MarketRules rules = world.rules().forCountry(ret.marketCountry())
                .orElseThrow(() -> new ConflictException("Market " + ret.marketCountry() + " is no longer served."));
        Map<String, Chosen> found = new HashMap<>();
        int index = 0;
        for (ParcelSpec spec : world.packer().pack(ret.items())) {
            String parcelId = ParcelIds.of(ret.id(), ++index);
            String optionId = chosen.get(parcelId);
            if (optionId == null) {
                continue;
            }
            world.enumerator().enumerate(parcelId, ret, rules, spec).eligible().stream()
                    .filter(o -> o.id().equals(optionId))
                    .findFirst()
                    .ifPresent(o -> found.put(parcelId, new Chosen(spec, o)));
        }
        return found;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private record Chosen(ParcelSpec spec, RouteOption option) {
    }
}
