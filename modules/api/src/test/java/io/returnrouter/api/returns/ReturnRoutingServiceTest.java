package io.returnrouter.api.returns;

import io.returnrouter.api.plans.PlannedHubVolumes;
import io.returnrouter.core.pricing.ExpectedVolumes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.api.money.TestCurrencies;
import io.returnrouter.api.problem.ConflictException;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.returns.QuoteResponseDto.OptionDto;
import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityKind;
import io.returnrouter.api.lifecycle.ReturnTransitions;
import io.returnrouter.persistence.TestDatabases;
import io.returnrouter.persistence.lifecycle.BookingStore;
import io.returnrouter.persistence.lifecycle.ContactStore;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.TestDatabases.TestDatabase;
import io.returnrouter.persistence.migration.SchemaMigrator;
import io.returnrouter.persistence.repository.ReturnAlreadyConfirmedException;
import io.returnrouter.persistence.returns.CapacityLedger;
import io.returnrouter.persistence.returns.ReturnStore;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The returns use cases against the capacity ledger on a real database (H2, and PostgreSQL when
 * configured). Each test quotes on days of its own, so tests share a migrated database without
 * sharing a bucket.
 */
class ReturnRoutingServiceTest {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final List<TestDatabase> DATABASES = TestDatabases.fresh()
            .peek(db -> new SchemaMigrator(db.dataSource()).migrate()).toList();
    private static final AtomicInteger MONTHS = new AtomicInteger();

    private final LocalDate today = LocalDate.of(2030, 1, 7).plusDays(40L * MONTHS.getAndIncrement());

    static Stream<TestDatabase> databases() {
        return DATABASES.stream();
    }

    private record Fixture(ReturnRoutingService service, CapacityLedger ledger) {
    }

    /** No solved plan: hubs expect the documented default volume (the latest-plan reader has its own test). */
    private static final PlannedHubVolumes NO_PLAN_YET = new PlannedHubVolumes() {
        @Override
        public ExpectedVolumes current() {
            return ExpectedVolumes.DEFAULT;
        }
    };

    private Fixture on(TestDatabase db) {
        CapacityLedger ledger = new CapacityLedger(db.dataSource());
        LedgerLoads loads = new LedgerLoads(ledger, 1, 60_000);
        Clock clock = Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new Fixture(new ReturnRoutingService(new CapacityWorld(), new ReturnStore(db.dataSource()), ledger,
                loads, TestCurrencies.unconfigured(), NO_PLAN_YET,
                new ReturnTransitions(new LifecycleStore(db.dataSource(), List.of()), new ContactStore(db.dataSource()),
                        new BookingStore(db.dataSource()), new io.returnrouter.core.spi.carrier.CarrierCapabilities(List.of())), clock), ledger);
    }

    /** A shirt return, read from JSON as the resource reads it. */
    private ReturnRequestDto shirt(String returnId, LocalDate handInOn) {
        return JSON.fromJson(JSON.toJson(shirtRequest(returnId, handInOn)), ReturnRequestDto.class);
    }

    private ReturnRequestDto shirtRequest(String returnId, LocalDate handInOn) {
        return new ReturnRequestDto(returnId, "shop", "DE",
                CustomerDto.at(new BigDecimal("52.52"), new BigDecimal("13.40"), "10115", "DE"), today.minusDays(3),
                null, "SIZE_TOO_SMALL", "REFUND", null,
                List.of(new ItemDto("SHIRT", "fashion", new BigDecimal(30), new BigDecimal(25), new BigDecimal(3),
                        new BigDecimal("0.3"), new BigDecimal("29.99"), false, null, null)),
                handInOn, null);
    }

    private static String newId() {
        return "R-" + UUID.randomUUID();
    }

    private static QuoteResponseDto quote(Fixture f, ReturnRequestDto request) {
        return JSON.fromJson(f.service.quote(request, null), QuoteResponseDto.class);
    }

    private static OptionDto option(QuoteResponseDto quote, Predicate<OptionDto> which) {
        return quote.parcels().get(0).options().stream().filter(which)
                .min(Comparator.comparing(OptionDto::handInOn).thenComparing(OptionDto::rank)).orElseThrow();
    }

    private static Predicate<OptionDto> pickupDirect() {
        return o -> o.firstMile().equals("HOME_PICKUP") && o.destination().type().equals("CENTRAL_WAREHOUSE");
    }

    private static Predicate<OptionDto> dropOffDirect() {
        return o -> o.firstMile().equals("DROP_OFF_POINT") && o.destination().type().equals("CENTRAL_WAREHOUSE");
    }

    private static Predicate<OptionDto> dropOffViaHub() {
        return o -> o.firstMile().equals("DROP_OFF_POINT") && o.destination().type().equals("CONSOLIDATION_HUB");
    }

    private static ConfirmRequestDto choose(QuoteResponseDto quote, OptionDto option) {
        return new ConfirmRequestDto(List.of(new ConfirmRequestDto.Choice(quote.parcels().get(0).parcelId(),
                option.optionId())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentConfirmationsAcceptExactlyTheCapacityAndOfferTheRestAlternatives(TestDatabase db) throws Exception {
        Fixture f = on(db);
        List<QuoteResponseDto> quotes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            quotes.add(quote(f, shirt(newId(), null)));
        }
        OptionDto firstDay = option(quotes.get(0), pickupDirect());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<QuoteResponseDto>> confirmations = quotes.stream().<Callable<QuoteResponseDto>>map(q ->
                () -> f.service.confirm(q.returnId(), "shop", choose(q, option(q, pickupDirect())), null)).toList();
        List<Future<QuoteResponseDto>> outcomes = threads.invokeAll(confirmations);
        threads.shutdown();

        int accepted = 0;
        List<CapacityTakenException> refused = new ArrayList<>();
        for (Future<QuoteResponseDto> outcome : outcomes) {
            try {
                assertThat(outcome.get().confirmed()).isTrue();
                accepted++;
            } catch (ExecutionException e) {
                refused.add((CapacityTakenException) e.getCause());
            }
        }
        assertThat(accepted).isEqualTo(CapacityWorld.PICKUP_SLOTS);
        assertThat(refused).hasSize(8 - CapacityWorld.PICKUP_SLOTS).allSatisfy(e -> {
            assertThat(e.getMessage()).contains("pickup slot").contains(firstDay.handInOn().toString());
            assertThat(e.alternatives().get(0).options()).isNotEmpty()
                    .noneMatch(o -> pickupDirect().test(o) && o.handInOn().equals(firstDay.handInOn()));
        });
        // Each alternative is the refused return's quote now: its pickup on a later day can be confirmed.
        QuoteResponseDto refusedReturn = quotes.stream().filter(q -> !f.service.find(q.returnId(), "shop").confirmed())
                .findFirst().map(q -> f.service.find(q.returnId(), "shop")).orElseThrow();
        OptionDto laterDay = option(refusedReturn, pickupDirect());
        assertThat(laterDay.handInOn()).isAfter(firstDay.handInOn());
        assertThat(f.service.confirm(refusedReturn.returnId(), "shop", choose(refusedReturn, laterDay), null)
                .confirmed()).isTrue();
        assertThat(f.ledger.holdsOf(new Bucket(CapacityKind.PICKUP_SLOT, "PAKET-PICKUP@DE-10", firstDay.handInOn())))
                .isEqualTo(CapacityWorld.PICKUP_SLOTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDropOffPointFullTodayIsOfferedForTomorrow(TestDatabase db) {
        Fixture f = on(db);
        for (int i = 0; i < CapacityWorld.POINT_CAPACITY; i++) {
            QuoteResponseDto quote = quote(f, shirt(newId(), null));
            OptionDto dropOff = option(quote, dropOffDirect());
            assertThat(dropOff.handInOn()).isEqualTo(today);
            f.service.confirm(quote.returnId(), "shop", choose(quote, dropOff), null);
        }

        QuoteResponseDto full = quote(f, shirt(newId(), null));

        assertThat(full.parcels().get(0).options()).filteredOn(o -> o.firstMile().equals("DROP_OFF_POINT"))
                .isNotEmpty().allSatisfy(o -> assertThat(o.handInOn()).isEqualTo(today.plusDays(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theHubsFixedCostIsChargedOncePerPeriod(TestDatabase db) {
        Fixture f = on(db);
        QuoteResponseDto first = quote(f, shirt(newId(), null));
        OptionDto viaHub = option(first, dropOffViaHub());
        // The shop's price shares the fixed cost over the hub's expected day (half its 1,000 parcels);
        // the marginal view is what the ledger charges: the whole cost to the period's first parcel.
        assertThat(viaHub.costBreakdown().hubFixedShare()).isEqualByComparingTo("3.00");
        assertThat(viaHub.costBreakdown().marginal().hubFixed()).isEqualByComparingTo("1500.00");
        f.service.confirm(first.returnId(), "shop", choose(first, viaHub), null);

        OptionDto sameDay = option(quote(f, shirt(newId(), null)), dropOffViaHub());
        OptionDto nextPeriod = option(quote(f, shirt(newId(), today.plusDays(1))), dropOffViaHub());

        assertThat(sameDay.destination().id()).isEqualTo(viaHub.destination().id());
        assertThat(sameDay.costBreakdown().marginal().hubFixed()).isZero();
        assertThat(sameDay.costBreakdown().hubFixedShare()).isEqualByComparingTo("3.00");
        assertThat(nextPeriod.handInOn()).isEqualTo(today.plusDays(1));
        assertThat(nextPeriod.costBreakdown().marginal().hubFixed()).isEqualByComparingTo("1500.00");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void cancellingReleasesTheCapacitySoAnotherConfirmationFits(TestDatabase db) {
        Fixture f = on(db);
        List<QuoteResponseDto> quotes = new ArrayList<>();
        for (int i = 0; i <= CapacityWorld.PICKUP_SLOTS; i++) {
            quotes.add(quote(f, shirt(newId(), null)));
        }
        for (int i = 0; i < CapacityWorld.PICKUP_SLOTS; i++) {
            f.service.confirm(quotes.get(i).returnId(), "shop", choose(quotes.get(i), option(quotes.get(i),
                    pickupDirect())), null);
        }
        QuoteResponseDto last = quotes.get(CapacityWorld.PICKUP_SLOTS);
        ConfirmRequestDto lastChoice = choose(last, option(last, pickupDirect()));
        assertThatThrownBy(() -> f.service.confirm(last.returnId(), "shop", lastChoice, null))
                .isInstanceOf(CapacityTakenException.class);

        CancellationDto cancelled = f.service.cancel(quotes.get(0).returnId(), "shop");

        // The 409 quoted the last return again at the loads of then (its alternatives); quoted once
        // more after the cancellation, it is offered the freed first-day slot under the same id.
        assertThat(cancelled.cancelled()).isTrue();
        QuoteResponseDto again = quote(f, shirt(last.returnId(), null));
        assertThat(option(again, pickupDirect()).optionId()).isEqualTo(lastChoice.choices().get(0).optionId());
        assertThat(f.service.confirm(last.returnId(), "shop", lastChoice, null).confirmed()).isTrue();
        assertThat(f.service.find(quotes.get(0).returnId(), "shop").confirmed()).isFalse();
        assertThat(f.service.cancel(quotes.get(0).returnId(), "shop").cancelledAt()).isEqualTo(cancelled.cancelledAt());
        assertThatThrownBy(() -> f.service.cancel(quotes.get(1).returnId(), "another-shop"))
                .isInstanceOf(io.returnrouter.api.problem.NotFoundException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anIdenticalRepeatAnswersTheSameAndOtherChoicesAreAConflict(TestDatabase db) {
        Fixture f = on(db);
        QuoteResponseDto quote = quote(f, shirt(newId(), null));
        ConfirmRequestDto chosen = choose(quote, option(quote, dropOffDirect()));
        ConfirmRequestDto other = choose(quote, option(quote, pickupDirect()));

        QuoteResponseDto first = f.service.confirm(quote.returnId(), "shop", chosen, "key-1");
        QuoteResponseDto retried = f.service.confirm(quote.returnId(), "shop", chosen, "key-1");
        QuoteResponseDto repeated = f.service.confirm(quote.returnId(), "shop", chosen, null);

        assertThat(retried).isEqualTo(first);
        assertThat(repeated).isEqualTo(first);
        assertThatThrownBy(() -> f.service.confirm(quote.returnId(), "shop", other, "key-1"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Idempotency-Key");
        assertThatThrownBy(() -> f.service.confirm(quote.returnId(), "shop", other, null))
                .isInstanceOf(ReturnAlreadyConfirmedException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRequoteReplacesTheQuoteAndAHandInDayOutOfRangeIsA422(TestDatabase db) {
        Fixture f = on(db);
        String returnId = newId();
        quote(f, shirt(returnId, null));

        QuoteResponseDto again = quote(f, shirt(returnId, today.plusDays(2)));

        assertThat(f.service.find(returnId, "shop")).isEqualTo(again);
        assertThat(option(again, dropOffDirect()).handInOn()).isEqualTo(today.plusDays(2));
        assertThatThrownBy(() -> quote(f, shirt(newId(), today.minusDays(1))))
                .isInstanceOf(UnprocessableException.class);
    }
}
