package io.returnrouter.persistence.returns;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.capacity.CapacityKind;
import io.returnrouter.core.capacity.Claim;
import io.returnrouter.core.capacity.HubPeriod;
import io.returnrouter.persistence.TestDatabases;
import io.returnrouter.persistence.TestDatabases.TestDatabase;
import io.returnrouter.persistence.jdbc.Transactions;
import io.returnrouter.persistence.migration.SchemaMigrator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ledger on a real database (H2 always, PostgreSQL when configured), many threads at once.
 * The databases are migrated once per class; each test books resources and returns of its own.
 */
class CapacityLedgerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final List<TestDatabase> DATABASES = TestDatabases.fresh()
            .peek(db -> new SchemaMigrator(db.dataSource()).migrate()).toList();

    private final String test = UUID.randomUUID().toString().substring(0, 8);
    private final Bucket slotBucket = new Bucket(CapacityKind.PICKUP_SLOT, "two-man@" + test, DAY);
    private final Bucket departureBucket = new Bucket(CapacityKind.DEPARTURE, "HUB-" + test, DAY.plusDays(1));

    static Stream<TestDatabase> databases() {
        return DATABASES.stream();
    }

    private record Fixture(ReturnStore returns, CapacityLedger ledger, String test) {

        StoredReturn quoted(String returnId) {
            String id = test + returnId;
            returns.insertFirst(new NewQuote(id, "shop", "DE", "ACCEPTED", "hash", "{}", "{}", "{}", NOW), null, NOW);
            return returns.find(id).orElseThrow();
        }

        ConfirmOutcome confirm(StoredReturn quoted, String choices, Claim... claims) {
            return ledger.confirm(new Confirmation(quoted.returnId(), quoted.quotedAt(), choices, null,
                    List.of(new ParcelBooking(quoted.returnId() + "-P1", "opt", 1_000, List.of(claims))), NOW));
        }
    }

    private Fixture on(TestDatabase db) {
        return new Fixture(new ReturnStore(db.dataSource()), new CapacityLedger(db.dataSource()), test);
    }

    /** What the lifecycle does on an AT_HUB scan: the parcel's hub hold moves to {@code actual}, in one transaction. */
    private static Optional<BucketLoad> scanned(TestDatabase db, Fixture f, StoredReturn parcelOf, Bucket actual) {
        return new Transactions(db.dataSource()).inTransaction(c -> {
            String parcel = parcelOf.returnId() + "-P1";
            Optional<Bucket> held = f.ledger.hubHold(c, parcelOf.returnId(), parcel);
            return f.ledger.recordActual(c, parcelOf.returnId(), parcel, held.orElseThrow(), actual);
        });
    }

    private Claim slot(int capacity) {
        return new Claim(slotBucket, 1_000, capacity, Claim.UNLIMITED_VOLUME);
    }

    private Claim departure() {
        return new Claim(departureBucket, 1_000, Claim.UNLIMITED_PARCELS, Claim.UNLIMITED_VOLUME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentConfirmationsBookExactlyTheCapacity(TestDatabase db) throws Exception {
        Fixture f = on(db);
        List<StoredReturn> quoted = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            quoted.add(f.quoted("R-" + i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(10);
        List<Callable<ConfirmOutcome>> confirmations = quoted.stream()
                .<Callable<ConfirmOutcome>>map(q -> () -> f.confirm(q, "c", slot(6), departure())).toList();
        List<ConfirmOutcome> outcomes = new ArrayList<>();
        for (Future<ConfirmOutcome> outcome : threads.invokeAll(confirmations)) {
            outcomes.add(outcome.get());
        }
        threads.shutdown();

        assertThat(outcomes).filteredOn(o -> o instanceof ConfirmOutcome.Booked).hasSize(6);
        assertThat(outcomes).filteredOn(o -> o instanceof ConfirmOutcome.Full).hasSize(14)
                .allSatisfy(o -> assertThat(((ConfirmOutcome.Full) o).bucket()).isEqualTo(slotBucket));
        assertThat(f.ledger.holdsOf(slotBucket)).isEqualTo(6);
        assertThat(f.ledger.holdsOf(departureBucket)).as("a refused booking holds nothing anywhere").isEqualTo(6);
        assertThat(f.ledger.loadsOn(DAY)).contains(new BucketLoad(slotBucket, 6, 6_000));
        assertThat(quoted.stream().map(q -> f.returns.find(q.returnId()).orElseThrow())
                .filter(StoredReturn::isConfirmed)).hasSize(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void cancellingReleasesWhatTheReturnHeld(TestDatabase db) {
        Fixture f = on(db);
        StoredReturn first = f.quoted("R-1");
        StoredReturn second = f.quoted("R-2");
        assertThat(f.confirm(first, "c", slot(1), departure())).isInstanceOf(ConfirmOutcome.Booked.class);
        assertThat(f.confirm(second, "c", slot(1), departure())).isInstanceOf(ConfirmOutcome.Full.class);

        assertThat(f.ledger.cancel(first.returnId(), NOW)).contains(CancelOutcome.RELEASED);

        assertThat(f.ledger.holdsOf(slotBucket)).isZero();
        assertThat(f.ledger.loadsOn(DAY)).noneMatch(load -> load.bucket().equals(slotBucket));
        assertThat(f.ledger.cancel(first.returnId(), NOW)).contains(CancelOutcome.ALREADY_CANCELLED);
        assertThat(f.ledger.cancel(second.returnId(), NOW)).contains(CancelOutcome.NOT_CONFIRMED);
        assertThat(f.ledger.cancel("R-none", NOW)).isEmpty();
        assertThat(f.confirm(second, "c", slot(1), departure())).isInstanceOf(ConfirmOutcome.Booked.class);
        assertThat(f.confirm(first, "c", slot(1), departure()))
                .as("a cancelled return is not confirmed again").isInstanceOf(ConfirmOutcome.Stale.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachDayIsABucketOfItsOwn(TestDatabase db) {
        Fixture f = on(db);
        Claim tomorrow = new Claim(new Bucket(CapacityKind.PICKUP_SLOT, slotBucket.resourceId(), DAY.plusDays(1)), 1_000, 1,
                Claim.UNLIMITED_VOLUME);

        assertThat(f.confirm(f.quoted("R-1"), "c", slot(1))).isInstanceOf(ConfirmOutcome.Booked.class);
        assertThat(f.confirm(f.quoted("R-2"), "c", tomorrow)).isInstanceOf(ConfirmOutcome.Booked.class);
        assertThat(f.confirm(f.quoted("R-3"), "c", slot(1))).isInstanceOf(ConfirmOutcome.Full.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aHubFullByVolumeRefusesEvenWithParcelsToSpare(TestDatabase db) {
        Fixture f = on(db);
        Bucket hub = new Bucket(CapacityKind.HUB, "HUB-" + test, DAY);

        assertThat(f.confirm(f.quoted("R-1"), "c", new Claim(hub, 1_500, 10, 2_000)))
                .isInstanceOf(ConfirmOutcome.Booked.class);
        assertThat(f.confirm(f.quoted("R-2"), "c", new Claim(hub, 600, 10, 2_000)))
                .isInstanceOf(ConfirmOutcome.Full.class);
        assertThat(f.confirm(f.quoted("R-3"), "c", new Claim(hub, 500, 10, 2_000)))
                .isInstanceOf(ConfirmOutcome.Booked.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSecondConfirmationSaysWhatTheFirstChose(TestDatabase db) {
        Fixture f = on(db);
        StoredReturn quoted = f.quoted("R-1");
        f.confirm(quoted, "first-choices", slot(5));

        ConfirmOutcome again = f.confirm(quoted, "other-choices", slot(5));

        assertThat(again).isEqualTo(new ConfirmOutcome.AlreadyConfirmed("first-choices", null));
        assertThat(f.ledger.holdsOf(slotBucket)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aConfirmationOnAQuoteReplacedMeanwhileIsStale(TestDatabase db) {
        Fixture f = on(db);
        StoredReturn quoted = f.quoted("R-1");
        f.returns.requote(new NewQuote(quoted.returnId(), "shop", "DE", "ACCEPTED", "hash2", "{}", "{}", "{}",
                NOW.plusSeconds(60)), null, NOW);

        assertThat(f.confirm(quoted, "c", slot(5))).isInstanceOf(ConfirmOutcome.Stale.class);
        assertThat(f.ledger.holdsOf(slotBucket)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLateHubScanMovesTheHoldToTheActualPeriodAndFreesThePlannedOne(TestDatabase db) {
        Fixture f = on(db);
        HubPeriod week = HubPeriod.ofDays(7);
        String hub = "HUB-" + test;
        // DAY is a Wednesday: Friday is the same weekly period, the Tuesday after is the next one.
        Bucket planned = CapacityClaims.hub(hub, DAY, week);
        StoredReturn first = f.quoted("R-1");
        StoredReturn second = f.quoted("R-2");
        assertThat(f.confirm(first, "c", new Claim(planned, 1_000, 1, Claim.UNLIMITED_VOLUME)))
                .isInstanceOf(ConfirmOutcome.Booked.class);
        assertThat(f.confirm(second, "c", new Claim(planned, 1_000, 1, Claim.UNLIMITED_VOLUME)))
                .isInstanceOf(ConfirmOutcome.Full.class);

        assertThat(scanned(db, f, first, CapacityClaims.hub(hub, DAY.plusDays(2), week)))
                .as("a scan later in the same period moves nothing").isEmpty();
        Bucket actual = CapacityClaims.hub(hub, DAY.plusDays(6), week);
        assertThat(actual.day()).isEqualTo(DAY.plusDays(5));
        assertThat(scanned(db, f, first, actual)).contains(new BucketLoad(actual, 1, 1_000));

        assertThat(f.ledger.holdsOf(planned)).isZero();
        assertThat(f.ledger.holdsOf(actual)).isEqualTo(1);
        assertThat(f.ledger.loadsOn(planned.day())).noneMatch(load -> load.bucket().equals(planned));
        assertThat(f.confirm(second, "c", new Claim(planned, 1_000, 1, Claim.UNLIMITED_VOLUME)))
                .as("the planned period is free for others").isInstanceOf(ConfirmOutcome.Booked.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void repeatingAScanOrTheReceiptChangesNothing(TestDatabase db) {
        Fixture f = on(db);
        Bucket planned = CapacityClaims.hub("HUB-" + test, DAY, HubPeriod.DAY);
        Bucket actual = CapacityClaims.hub("HUB-B-" + test, DAY.plusDays(1), HubPeriod.DAY);
        StoredReturn first = f.quoted("R-1");
        Bucket departs = new Bucket(CapacityKind.DEPARTURE, "HUB-B-" + test, DAY.plusDays(2));
        f.confirm(first, "c", new Claim(planned, 1_000, 5, Claim.UNLIMITED_VOLUME),
                new Claim(departs, 1_000, Claim.UNLIMITED_PARCELS, Claim.UNLIMITED_VOLUME));
        String parcel = first.returnId() + "-P1";

        assertThat(scanned(db, f, first, actual)).contains(new BucketLoad(actual, 1, 1_000));
        assertThat(scanned(db, f, first, actual)).as("the same event again").isEmpty();
        Transactions tx = new Transactions(db.dataSource());
        Optional<BucketLoad> stale = tx.inTransaction(c -> f.ledger.recordActual(c, first.returnId(), parcel, planned,
                actual));
        assertThat(stale).as("a stale planned bucket is no longer held").isEmpty();
        assertThat(f.ledger.holdsOf(planned)).isZero();
        assertThat(f.ledger.holdsOf(actual)).isEqualTo(1);
        assertThat(f.ledger.loadsOn(actual.day())).contains(new BucketLoad(actual, 1, 1_000));

        // Received at the warehouse the day of the scan: the departure of the day after is released, once.
        List<LocalDate> released = tx.inTransaction(c -> f.ledger.releaseAfter(c, first.returnId(), actual.day()));
        List<LocalDate> again = tx.inTransaction(c -> f.ledger.releaseAfter(c, first.returnId(), actual.day()));
        assertThat(released).containsExactly(departs.day());
        assertThat(again).isEmpty();
        assertThat(f.ledger.holdsOf(departs)).isZero();
        assertThat(f.ledger.holdsOf(actual)).as("the hub it really passed stays booked").isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aHubOverItsCapacityStillCountsTheParcelThatIsThere(TestDatabase db) {
        Fixture f = on(db);
        Bucket planned = CapacityClaims.hub("HUB-" + test, DAY, HubPeriod.DAY);
        Bucket actual = CapacityClaims.hub("HUB-" + test, DAY.plusDays(1), HubPeriod.DAY);
        StoredReturn late = f.quoted("R-1");
        f.confirm(late, "c", new Claim(planned, 1_000, 1, 1_000));
        assertThat(f.confirm(f.quoted("R-2"), "c", new Claim(actual, 1_000, 1, 1_000)))
                .isInstanceOf(ConfirmOutcome.Booked.class);

        assertThat(scanned(db, f, late, actual)).contains(new BucketLoad(actual, 2, 2_000));

        assertThat(f.ledger.holdsOf(actual)).isEqualTo(2);
        assertThat(f.confirm(f.quoted("R-3"), "c", new Claim(actual, 1_000, 1, 1_000)))
                .as("bookings still stop at the capacity").isInstanceOf(ConfirmOutcome.Full.class);
    }
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aParcelThatArrivedFreesOnlyItsOwnLaterBuckets(TestDatabase db) {
        Fixture f = on(db);
        StoredReturn quoted = f.quoted("R-1");
        Bucket departs = new Bucket(CapacityKind.DEPARTURE, "HUB-" + test, DAY.plusDays(3));
        List<ParcelBooking> parcels = List.of("-P1", "-P2").stream().map(p -> new ParcelBooking(quoted.returnId() + p,
                "opt", 1_000, List.of(new Claim(departs, 1_000, Claim.UNLIMITED_PARCELS, Claim.UNLIMITED_VOLUME))))
                .toList();
        assertThat(f.ledger.confirm(new Confirmation(quoted.returnId(), quoted.quotedAt(), "c", null, parcels, NOW)))
                .isInstanceOf(ConfirmOutcome.Booked.class);
        assertThat(f.ledger.holdsOf(departs)).isEqualTo(2);

        Transactions tx = new Transactions(db.dataSource());
        String first = quoted.returnId() + "-P1";
        List<LocalDate> released = tx.inTransaction(c -> f.ledger.releaseAfter(c, quoted.returnId(), first, DAY));
        List<LocalDate> again = tx.inTransaction(c -> f.ledger.releaseAfter(c, quoted.returnId(), first, DAY));
        assertThat(released).containsExactly(departs.day());
        assertThat(f.ledger.holdsOf(departs)).as("the other parcel still leaves that day").isEqualTo(1);
        assertThat(f.ledger.loadsOn(departs.day())).contains(new BucketLoad(departs, 1, 1_000));
        assertThat(again).as("once").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aBucketIsMarkedOverCapacityOnce(TestDatabase db) {
        Fixture f = on(db);
        Bucket planned = CapacityClaims.hub("HUB-" + test, DAY, HubPeriod.DAY);
        Bucket actual = CapacityClaims.hub("HUB-X-" + test, DAY.plusDays(1), HubPeriod.DAY);
        StoredReturn late = f.quoted("R-1");
        f.confirm(late, "c", new Claim(planned, 1_000, 1, 1_000));
        Optional<BucketLoad> load = scanned(db, f, late, actual);
        assertThat(load).contains(new BucketLoad(actual, 1, 1_000));

        Transactions tx = new Transactions(db.dataSource());
        assertThat(f.ledger.markedOverCapacity(CapacityKind.HUB, DAY)).noneMatch(l -> l.bucket().equals(actual));
        boolean firstTime = tx.inTransaction(c -> f.ledger.markOverCapacity(c, actual, NOW));
        boolean secondTime = tx.inTransaction(c -> f.ledger.markOverCapacity(c, actual, NOW));
        assertThat(firstTime).isTrue();
        assertThat(secondTime).as("only the first time").isFalse();
        assertThat(f.ledger.markedOverCapacity(CapacityKind.HUB, DAY)).contains(new BucketLoad(actual, 1, 1_000));
        assertThat(f.ledger.markedOverCapacity(CapacityKind.HUB, DAY.plusDays(2)))
                .noneMatch(l -> l.bucket().equals(actual));
    }
}
