package io.returnrouter.api.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import io.returnrouter.api.money.TestCurrencies;
import io.returnrouter.api.notify.MeasuredTransitService;
import io.returnrouter.api.plans.PlannedHubVolumes;
import io.returnrouter.api.problem.ConflictException;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.returns.CapacityWorld;
import io.returnrouter.api.returns.ConfirmRequestDto;
import io.returnrouter.api.returns.CustomerDto;
import io.returnrouter.api.returns.ItemDto;
import io.returnrouter.api.returns.LedgerLoads;
import io.returnrouter.api.returns.QuoteResponseDto;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.api.returns.ReturnRoutingService;
import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.lifecycle.TransitionNotAllowedException;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.pricing.ExpectedVolumes;
import io.returnrouter.core.spi.carrier.CarrierCapabilities;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.WebhookRejectedException;
import io.returnrouter.persistence.TestDatabases;
import io.returnrouter.persistence.TestDatabases.TestDatabase;
import io.returnrouter.persistence.lifecycle.BookingStore;
import io.returnrouter.persistence.lifecycle.ContactStore;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.lifecycle.ParcelStatusStore;
import io.returnrouter.persistence.lifecycle.TrackingStore;
import io.returnrouter.persistence.migration.SchemaMigrator;
import io.returnrouter.persistence.returns.CapacityLedger;
import io.returnrouter.persistence.returns.ReturnStore;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.eclipse.microprofile.metrics.Counter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lifecycle's use cases on a real database (H2, and PostgreSQL when configured) with a fake
 * carrier module: quote with a contact, confirm, label (LIVE, OFFLINE then retried), tracking,
 * the shop's reports, the timeline, refusals and erasure.
 */
class LifecycleServicesTest {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final List<TestDatabase> DATABASES = TestDatabases.fresh()
            .peek(db -> new SchemaMigrator(db.dataSource()).migrate()).toList();
    private static final PlannedHubVolumes NO_PLAN_YET = new PlannedHubVolumes() {
        @Override
        public ExpectedVolumes current() {
            return ExpectedVolumes.DEFAULT;
        }
    };

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final FakeCarrier carrier = new FakeCarrier();

    static Stream<TestDatabase> databases() {
        return DATABASES.stream();
    }

    /** A hub the routes never plan (CapacityWorld routes via Leipzig) where carriers may scan parcels: room for one. */
    private static final Hub HALLE = new Hub("HUB-HALLE", "Halle", Location.of(51.48, 11.97, "DE", "06108"), 1,
            100_000_000, 40, 0, Optional.empty(), false, 0);

    private record Services(ReturnRoutingService returns, LabelService labels, TrackingService tracking,
                            LifecycleService lifecycle, BookingStore bookings, ContactStore contacts,
                            ReturnStore quotes, CapacityLedger ledger, java.util.function.Function<Clock, LifecycleJobs> jobs,
                            HubCapacityWatch hubs, Map<String, CountingCounter> overCapacityCounts) {
    }

    /** The over-capacity counter of one hub, in memory (the server's are MicroProfile Metrics counters). */
    static final class CountingCounter implements Counter {
        private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public void inc() {
            count.incrementAndGet();
        }

        @Override
        public void inc(long n) {
            count.addAndGet(n);
        }

        @Override
        public long getCount() {
            return count.get();
        }
    }

    private Services on(TestDatabase db) {
        CapacityLedger ledger = new CapacityLedger(db.dataSource());
        LedgerLoads loads = new LedgerLoads(ledger, 1, 60_000);
        LifecycleStore store = new LifecycleStore(db.dataSource(), List.of());
        BookingStore bookings = new BookingStore(db.dataSource());
        ContactStore contacts = new ContactStore(db.dataSource());
        ReturnStore quotes = new ReturnStore(db.dataSource());
        CapacityWorld world = new CapacityWorld();

        CarrierCapabilities capabilities = new CarrierCapabilities(List.of(carrier));
        ReturnRoutingService returns = new ReturnRoutingService(world, quotes, ledger, loads,
                TestCurrencies.unconfigured(), NO_PLAN_YET, new ReturnTransitions(store, contacts, bookings,
                capabilities), new MeasuredTransitService(null, false, 20, 90, java.time.Clock.systemUTC()));
        LifecycleSettings settings = new LifecycleSettings(key -> Optional.ofNullable(Map.of(
                "returnrouter.carrier.PAKET.webhook-secret", "s3cret",
                LifecycleSettings.RETRY, "1").get(key)));
        CapacityWorld scannedIn = new CapacityWorld(List.of(HALLE));
        Map<String, CountingCounter> counts = new java.util.concurrent.ConcurrentHashMap<>();
        HubCapacityWatch hubs = new HubCapacityWatch(ledger, loads, scannedIn, null,
                hub -> counts.computeIfAbsent(hub, h -> new CountingCounter()), Clock.systemUTC());
        StatusRecorder recorder = new StatusRecorder(store, ledger, loads, scannedIn, hubs);
        ParcelStatusStore parcels = new ParcelStatusStore(db.dataSource());
        LabelService labels = new LabelService(returns, quotes, store, bookings, contacts, capabilities, world, settings);
        ParcelTracking parcelTracking = new ParcelTracking(store, parcels, recorder);
        TrackingService tracking = new TrackingService(capabilities, settings, store, bookings, new TrackingStore(),
                parcelTracking);
        return new Services(returns, labels, tracking, new LifecycleService(returns, store, contacts, recorder, parcels,
                parcelTracking),
                bookings, contacts, quotes, ledger, clock -> new LifecycleJobs(labels, tracking, recorder, store,
                bookings, contacts, capabilities, world, settings, clock), hubs, counts);
    }

    private ReturnRequestDto shirt(String returnId, boolean withContact) {
        CustomerDto customer = withContact
                ? new CustomerDto(new BigDecimal("52.52"), new BigDecimal("13.40"), "10115", "DE", "Ada Lovelace",
                "Invalidenstr.", "117", "Berlin", "+49 30 1234567", "ada@example.org")
                : CustomerDto.at(new BigDecimal("52.52"), new BigDecimal("13.40"), "10115", "DE");
        return JSON.fromJson(JSON.toJson(new ReturnRequestDto(returnId, "shop", "DE", customer, today.minusDays(3),
                null, "SIZE_TOO_SMALL", "REFUND", "DROP_OFF_POINT",
                List.of(new ItemDto("SHIRT", "fashion", new BigDecimal(30), new BigDecimal(25), new BigDecimal(3),
                        new BigDecimal("0.3"), new BigDecimal("29.99"), false, null, null)), null, null)),
                ReturnRequestDto.class);
    }

    /** Quoted and confirmed with the first drop-off option straight to the warehouse. */
    private String confirmed(Services s, boolean withContact) {
        String id = "R-" + UUID.randomUUID();
        QuoteResponseDto quote = JSON.fromJson(s.returns.quote(shirt(id, withContact), null), QuoteResponseDto.class);
        QuoteResponseDto.ParcelDto parcel = quote.parcels().get(0);
        QuoteResponseDto.OptionDto dropOff = parcel.options().stream()
                .filter(o -> o.firstMile().equals("DROP_OFF_POINT")).findFirst().orElseThrow();
        s.returns.confirm(id, "shop", new ConfirmRequestDto(List.of(new ConfirmRequestDto.Choice(parcel.parcelId(),
                dropOff.optionId()))), null);
        return id;
    }

    private static byte[] webhook(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> secret(String value) {
        return Map.of("x-secret", List.of(value));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDropOffReturnGoesFromLabelToRefundAndTheTimelineListsEveryStep(TestDatabase db) throws Exception {
        Services s = on(db);
        String id = confirmed(s, true);
        assertThat(s.quotes.find(id).orElseThrow().requestJson()).as("the stored request keeps no personal data")
                .doesNotContain("Ada").doesNotContain("ada@example.org").doesNotContain("1234567");

        LabelAnswerDto label = s.labels.book(id, "shop", null);
        assertThat(label.status()).isEqualTo("LABEL_CREATED");
        LabelAnswerDto.ParcelBookingDto booking = label.parcels().get(0);
        assertThat(booking.mode()).isEqualTo("LIVE");
        assertThat(booking.trackingNumber()).startsWith("3SPAKET");
        assertThat(booking.handInDeadline()).isAfter(Instant.now());
        assertThat(carrier.lastLabel.sender().name()).isEqualTo("Ada Lovelace");
        assertThat(s.labels.book(id, "shop", null).parcels()).as("asking again books nothing more")
                .extracting(LabelAnswerDto.ParcelBookingDto::trackingNumber).containsExactly(booking.trackingNumber());
        assertThat(carrier.orders).hasValue(1);

        byte[] pdf = s.labels.pdf(id, "shop");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A6.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Ada Lovelace", "Invalidenstr. 117", booking.reference(), "Erfurt");
            assertThat(decode(new PDFRenderer(document).renderImageWithDPI(0, 300)))
                    .contains(booking.trackingNumber(), "QR:" + booking.trackingNumber());
        }

        String tn = booking.trackingNumber();
        TrackingReceiptDto receipt = s.tracking.receive("PAKET", secret("s3cret"), webhook(
                "e1-" + id + ";" + tn + ";01;HANDED_IN;2026-12-02T10:00:00Z",
                "e2-" + id + ";" + tn + ";05;AT_HUB;2026-12-02T16:00:00Z",
                "e1-" + id + ";" + tn + ";01;HANDED_IN;2026-12-02T10:00:00Z",
                "e3-" + id + ";" + tn + ";99;UNKNOWN;2026-12-02T17:00:00Z",
                "e4-" + id + ";" + tn + ";11;DELIVERED;2026-12-03T09:00:00Z",
                "e5-" + id + ";NOT-OURS-" + id + ";01;HANDED_IN;2026-12-03T09:00:00Z"));
        assertThat(receipt.applied()).isEqualTo(3);
        assertThat(receipt.duplicates()).isEqualTo(1);
        assertThat(receipt.unknownStatus()).isEqualTo(1);
        assertThat(receipt.unmatched()).isEqualTo(1);

        assertThatThrownBy(() -> s.lifecycle.report(id, "shop", new ShopEventDto("REFUND_STARTED", null, null)))
                .isInstanceOf(TransitionNotAllowedException.class).hasMessageContaining("RECEIVED");
        assertThatThrownBy(() -> s.lifecycle.report(id, "shop", new ShopEventDto("INSPECTED", null, Map.of())))
                .isInstanceOf(UnprocessableException.class).hasMessageContaining("details.outcome");
        s.lifecycle.report(id, "shop", new ShopEventDto("INSPECTED", null, Map.of("outcome", "ACCEPTED")));
        s.lifecycle.report(id, "shop", new ShopEventDto("REFUND_STARTED", null, Map.of("amountCents", 2999)));

        TimelineDto timeline = s.lifecycle.timeline(id, "shop");
        assertThat(timeline.status()).isEqualTo("REFUND_STARTED");
        assertThat(timeline.events()).extracting(TimelineDto.EventDto::to).containsExactly("CONFIRMED",
                "LABEL_CREATED", "HANDED_IN", "AT_HUB", "RECEIVED", "INSPECTED", "REFUND_STARTED");
        assertThat(timeline.events().get(2).source()).isEqualTo("carrier:PAKET");
        assertThat(timeline.events().get(2).details()).containsEntry("trackingNumber", tn);
        assertThat(s.lifecycle.describe(s.returns.find(id, "shop"))).satisfies(q -> {
            assertThat(q.status()).isEqualTo("REFUND_STARTED");
            assertThat(q.route()).singleElement().satisfies(r -> assertThat(r.firstMile()).isEqualTo("DROP_OFF_POINT"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUnreachableCarrierGetsAnOfflineLabelThatTheRetryMakesLive(TestDatabase db) {
        Services s = on(db);
        String id = confirmed(s, true);
        carrier.down = true;
        LabelAnswerDto offline = s.labels.book(id, "shop", null);
        LabelAnswerDto.ParcelBookingDto parcel = offline.parcels().get(0);
        assertThat(parcel.mode()).isEqualTo("OFFLINE");
        assertThat(parcel.retryPending()).isTrue();
        assertThat(parcel.trackingNumber()).isEqualTo(parcel.reference()).startsWith("RR");
        assertThat(parcel.note()).contains("could not be reached");

        Instant later = Instant.now().plus(Duration.ofMinutes(1));
        List<BookingStore.ClaimedRetry> due = s.bookings.claimDueRetries(later, Duration.ofMinutes(5), 100).stream()
                .filter(r -> r.returnId().equals(id)).toList();
        assertThat(due).hasSize(1);
        s.labels.retry(due.get(0));
        assertThat(s.labels.bookings(id, "shop").parcels().get(0).mode()).as("still down").isEqualTo("OFFLINE");

        carrier.down = false;
        List<BookingStore.ClaimedRetry> again = s.bookings.claimDueRetries(later.plus(Duration.ofHours(2)),
                Duration.ofMinutes(5), 100).stream().filter(r -> r.returnId().equals(id)).toList();
        assertThat(again).singleElement().satisfies(r -> assertThat(r.attempts()).isEqualTo(1));
        s.labels.retry(again.get(0));
        LabelAnswerDto.ParcelBookingDto live = s.labels.bookings(id, "shop").parcels().get(0);
        assertThat(live.mode()).isEqualTo("LIVE");
        assertThat(live.retryPending()).isFalse();
        assertThat(live.trackingNumber()).startsWith("3SPAKET");
        assertThat(live.reference()).isEqualTo(parcel.reference());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void bookingsNeedTheContactAndAConfirmedReturnAndACarrierRefusalStoresNothing(TestDatabase db) {
        Services s = on(db);
        String id = confirmed(s, false);
        assertThatThrownBy(() -> s.labels.book(id, "shop", null)).isInstanceOfSatisfying(UnprocessableException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).contains("customer.name", "customer.street",
                        "customer.city", "customer.email"));
        carrier.refusing = true;
        ContactDto contact = new ContactDto("Bo", "Hauptstr.", "1", "10115", "Berlin", "DE", null, "bo@example.org");
        assertThatThrownBy(() -> s.labels.book(id, "shop", new LabelRequestDto(contact)))
                .isInstanceOf(CarrierRefusedException.class);
        assertThat(s.bookings.bookings(id)).isEmpty();
        assertThat(s.lifecycle.timeline(id, "shop").status()).isEqualTo("CONFIRMED");
        carrier.refusing = false;
        assertThat(s.labels.book(id, "shop", new LabelRequestDto(contact)).status()).isEqualTo("LABEL_CREATED");

        String quotedOnly = "R-" + UUID.randomUUID();
        s.returns.quote(shirt(quotedOnly, true), null);
        assertThatThrownBy(() -> s.labels.book(quotedOnly, "shop", null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("QUOTED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void webhooksWithAWrongSecretOrForAnotherCarrierAreRefused(TestDatabase db) {
        Services s = on(db);
        assertThatThrownBy(() -> s.tracking.receive("PAKET", secret("guess"), webhook("a;b;c;HANDED_IN;2026-12-02T10:00:00Z")))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(WebhookRejectedException.Reason.NOT_AUTHENTIC));
        assertThatThrownBy(() -> s.tracking.receive("nobody", secret("s3cret"), webhook("x")))
                .isInstanceOf(io.returnrouter.api.problem.NotFoundException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aReturnOnItsWayCannotBeCancelledAndErasureKeepsRouteAndStatus(TestDatabase db) {
        Services s = on(db);
        String id = confirmed(s, true);
        String tn = s.labels.book(id, "shop", null).parcels().get(0).trackingNumber();
        s.tracking.receive("PAKET", secret("s3cret"), webhook("h-" + id + ";" + tn + ";01;HANDED_IN;2026-12-02T10:00:00Z"));
        assertThatThrownBy(() -> s.returns.cancel(id, "shop")).isInstanceOf(TransitionNotAllowedException.class)
                .hasMessageContaining("HANDED_IN");
        assertThat(s.returns.find(id, "shop").confirmed()).as("nothing released").isTrue();

        ErasureDto erased = s.lifecycle.erase(id, "shop");
        assertThat(erased.erased()).isTrue();
        assertThat(erased.status()).isEqualTo("HANDED_IN");
        assertThat(s.contacts.find(id)).isEmpty();
        assertThatThrownBy(() -> s.labels.pdf(id, "shop")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("erased");
        assertThat(s.lifecycle.describe(s.returns.find(id, "shop")).route()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUnusedLabelExpiresAfterItsDeadlineAndReleasesItsCapacity(TestDatabase db) {
        Services s = on(db);
        String id = confirmed(s, true);
        LabelAnswerDto label = s.labels.book(id, "shop", null);
        Instant deadline = label.parcels().get(0).handInDeadline();
        assertThat(holds(db, id)).isPositive();

        assertThat(s.jobs.apply(Clock.fixed(deadline.minusSeconds(60), ZoneOffset.UTC)).expireLabels()).isZero();
        assertThat(s.lifecycle.timeline(id, "shop").status()).isEqualTo("LABEL_CREATED");
        assertThat(s.jobs.apply(Clock.fixed(deadline.plusSeconds(60), ZoneOffset.UTC)).expireLabels()).isEqualTo(1);
        assertThat(s.lifecycle.timeline(id, "shop").status()).isEqualTo("EXPIRED");
        assertThat(holds(db, id)).as("its drop-off point and any hub are free again").isZero();
        assertThat(s.jobs.apply(Clock.fixed(deadline.plusSeconds(120), ZoneOffset.UTC)).expireLabels())
                .as("expired once").isZero();
        assertThatThrownBy(() -> s.returns.cancel(id, "shop")).isInstanceOf(TransitionNotAllowedException.class)
                .hasMessageContaining("EXPIRED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aParcelAtTheWarehouseNoLongerHoldsLaterCapacityAndALabelledReturnMayBeCancelled(TestDatabase db) {
        Services s = on(db);
        String received = confirmed(s, true);
        String tn = s.labels.book(received, "shop", null).parcels().get(0).trackingNumber();
        int before = holds(db, received);
        s.tracking.receive("PAKET", secret("s3cret"), webhook("d-" + received + ";" + tn + ";11;DELIVERED;"
                + today.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC)));
        assertThat(s.lifecycle.timeline(received, "shop").status()).isEqualTo("RECEIVED");
        assertThat(holds(db, received)).as("arrived before the days it held").isLessThan(before).isZero();

        String cancelled = confirmed(s, true);
        String booked = s.labels.book(cancelled, "shop", null).parcels().get(0).trackingNumber();
        assertThat(s.returns.cancel(cancelled, "shop").cancelled()).isTrue();
        assertThat(carrier.cancelled).as("the carrier takes its booking back").containsExactly(booked);
        assertThat(holds(db, cancelled)).isZero();
        assertThat(s.lifecycle.timeline(cancelled, "shop").events()).extracting(TimelineDto.EventDto::to)
                .containsExactly("CONFIRMED", "LABEL_CREATED", "CANCELLED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aParcelScannedAtTheHubOnAnotherDayCountsInThatDaysPeriod(TestDatabase db) {
        Services s = on(db);
        String id = "R-" + UUID.randomUUID();
        QuoteResponseDto.ParcelDto parcel = JSON.fromJson(s.returns.quote(shirt(id, true), null),
                QuoteResponseDto.class).parcels().get(0);
        jakarta.json.JsonObject claims = jakarta.json.Json.createReader(new java.io.StringReader(
                s.quotes.find(id).orElseThrow().claimsJson())).readObject();
        String viaHub = parcel.options().stream().map(QuoteResponseDto.OptionDto::optionId)
                .filter(o -> claims.getJsonObject(o).getJsonArray("claims").getValuesAs(jakarta.json.JsonObject.class)
                        .stream().anyMatch(c -> c.getString("kind").equals("HUB")))
                .findFirst().orElseThrow();
        s.returns.confirm(id, "shop", new ConfirmRequestDto(List.of(new ConfirmRequestDto.Choice(parcel.parcelId(),
                viaHub))), null);
        String tn = s.labels.book(id, "shop", null).parcels().get(0).trackingNumber();
        java.time.LocalDate planned = hubDay(db, id).orElseThrow();
        java.time.LocalDate scanned = planned.plusDays(9);
        String atHub = "h-" + id + ";" + tn + ";05;AT_HUB;" + scanned.atTime(15, 0).toInstant(ZoneOffset.UTC);

        TrackingReceiptDto receipt = s.tracking.receive("PAKET", secret("s3cret"), webhook(
                "i-" + id + ";" + tn + ";01;HANDED_IN;" + planned.atTime(9, 0).toInstant(ZoneOffset.UTC), atHub));
        assertThat(receipt.applied()).isEqualTo(2);
        // The fake carrier names the location "Leipzig": the name of the hub the route planned.
        assertThat(hubDay(db, id)).contains(scanned);
        int held = holds(db, id);

        assertThat(s.tracking.receive("PAKET", secret("s3cret"), webhook(atHub)).duplicates()).isEqualTo(1);
        assertThat(hubDay(db, id)).contains(scanned);
        assertThat(holds(db, id)).isEqualTo(held);
    }

    /** Two 20 kg boxes: too heavy for one parcel, so the return has two, each with its own tracking number. */
    private ReturnRequestDto twoBoxes(String returnId) {
        ItemDto box = new ItemDto("BOX", "fashion", new BigDecimal(40), new BigDecimal(30), new BigDecimal(20),
                new BigDecimal(20), new BigDecimal("49.99"), false, null, null);
        return JSON.fromJson(JSON.toJson(new ReturnRequestDto(returnId, "shop", "DE", new CustomerDto(
                new BigDecimal("52.52"), new BigDecimal("13.40"), "10115", "DE", "Ada Lovelace", "Invalidenstr.", "117",
                "Berlin", "+49 30 1234567", "ada@example.org"), today.minusDays(3), null, "SIZE_TOO_SMALL", "REFUND",
                "DROP_OFF_POINT", List.of(box, box), null, null)), ReturnRequestDto.class);
    }

    /** Quotes and confirms every parcel of the return on an option through the hub. */
    private List<LabelAnswerDto.ParcelBookingDto> labelledViaHub(Services s, ReturnRequestDto request) {
        String id = request.returnId();
        List<QuoteResponseDto.ParcelDto> parcels = JSON.fromJson(s.returns.quote(request, null),
                QuoteResponseDto.class).parcels();
        jakarta.json.JsonObject claims = jakarta.json.Json.createReader(new java.io.StringReader(
                s.quotes.find(id).orElseThrow().claimsJson())).readObject();
        // Each parcel on a hub option whose first mile (drop-off point or pickup slot and day) no
        // other parcel of the return takes: the quote promised each option room for one parcel.
        java.util.Set<String> taken = new java.util.HashSet<>();
        List<ConfirmRequestDto.Choice> choices = new ArrayList<>();
        for (QuoteResponseDto.ParcelDto p : parcels) {
            String chosen = p.options().stream().map(QuoteResponseDto.OptionDto::optionId).filter(o -> {
                List<jakarta.json.JsonObject> of = claims.getJsonObject(o).getJsonArray("claims")
                        .getValuesAs(jakarta.json.JsonObject.class);
                return of.stream().anyMatch(c -> c.getString("kind").equals("HUB")) && of.stream()
                        .filter(c -> !List.of("HUB", "DEPARTURE").contains(c.getString("kind")))
                        .noneMatch(c -> taken.contains(c.toString()));
            }).findFirst().orElseThrow();
            claims.getJsonObject(chosen).getJsonArray("claims").getValuesAs(jakarta.json.JsonObject.class)
                    .forEach(c -> taken.add(c.toString()));
            choices.add(new ConfirmRequestDto.Choice(p.parcelId(), chosen));
        }
        s.returns.confirm(id, "shop", new ConfirmRequestDto(choices), null);
        return s.labels.book(id, "shop", null).parcels();
    }

    private static String line(String eventId, String tracking, String milestone, Instant at, String location) {
        return eventId + ";" + tracking + ";" + milestone + ";" + milestone + ";" + at + (location == null ? ""
                : ";" + location);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachParcelMovesByItsOwnScansItsHoldFollowsItAndTheReturnIsReceivedWhenAllAre(TestDatabase db) {
        Services s = on(db);
        String id = "R-" + UUID.randomUUID();
        List<LabelAnswerDto.ParcelBookingDto> booked = labelledViaHub(s, twoBoxes(id));
        assertThat(booked).hasSize(2);
        String p1 = booked.get(0).parcelId();
        String p2 = booked.get(1).parcelId();
        String t1 = booked.get(0).trackingNumber();
        String t2 = booked.get(1).trackingNumber();
        Map<String, String> planned = hubHolds(db, id);
        assertThat(planned).containsOnlyKeys(p1, p2);
        // Scanned days before the buckets the route booked, so the delivery frees the later ones.
        LocalDate scanDay = today.minusDays(10);
        Instant at = scanDay.atTime(8, 0).toInstant(ZoneOffset.UTC);

        s.tracking.receive("PAKET", secret("s3cret"), webhook(line("a1-" + id, t1, "HANDED_IN", at, null),
                line("a2-" + id, t1, "AT_HUB", at.plusSeconds(3600), "Leipzig")));
        assertThat(s.lifecycle.timeline(id, "shop").status()).as("the first parcel at a hub").isEqualTo("AT_HUB");
        assertThat(hubHolds(db, id)).containsEntry(p1, "HUB-LEIPZIG@" + scanDay).containsEntry(p2, planned.get(p2));

        TrackingReceiptDto second = s.tracking.receive("PAKET", secret("s3cret"), webhook(
                line("b1-" + id, t2, "HANDED_IN", at.plusSeconds(7200), null),
                line("b2-" + id, t2, "AT_HUB", at.plusSeconds(9000), "hub-halle")));
        assertThat(second.applied()).as("both scans move the second parcel").isEqualTo(2);
        assertThat(hubHolds(db, id)).as("scanned at another hub than planned: counts there")
                .containsEntry(p1, "HUB-LEIPZIG@" + scanDay).containsEntry(p2, "HUB-HALLE@" + scanDay);
        assertThat(s.tracking.receive("PAKET", secret("s3cret"), webhook(line("b2-" + id, t2, "AT_HUB",
                at.plusSeconds(9000), "hub-halle"))).duplicates()).isEqualTo(1);
        assertThat(hubHolds(db, id)).containsEntry(p2, "HUB-HALLE@" + scanDay);

        int secondHolds = holds(db, id, p2);
        assertThat(holds(db, id, p1)).isGreaterThan(1);
        s.tracking.receive("PAKET", secret("s3cret"), webhook(line("a3-" + id, t1, "DELIVERED",
                at.plusSeconds(86_400), null)));
        assertThat(s.lifecycle.timeline(id, "shop").status()).as("one parcel still travels").isEqualTo("AT_HUB");
        assertThat(holds(db, id, p1)).as("the delivered parcel keeps only the hub it passed").isEqualTo(1);
        assertThat(holds(db, id, p2)).as("the other parcel keeps its buckets").isEqualTo(secondHolds);
        assertThat(hubHolds(db, id)).containsOnlyKeys(p1, p2);
        s.tracking.receive("PAKET", secret("s3cret"), webhook(line("b3-" + id, t2, "DELIVERED",
                at.plusSeconds(90_000), null)));

        TimelineDto timeline = s.lifecycle.timeline(id, "shop");
        assertThat(timeline.status()).isEqualTo("RECEIVED");
        assertThat(timeline.events()).extracting(TimelineDto.EventDto::to).containsExactly("CONFIRMED",
                "LABEL_CREATED", "HANDED_IN", "AT_HUB", "RECEIVED");
        assertThat(timeline.parcels()).extracting(TimelineDto.ParcelDto::parcelId).containsExactly(p1, p2);
        for (TimelineDto.ParcelDto parcel : timeline.parcels()) {
            assertThat(parcel.status()).isEqualTo("RECEIVED");
            assertThat(parcel.events()).extracting(TimelineDto.EventDto::to)
                    .containsExactly("HANDED_IN", "AT_HUB", "RECEIVED");
            assertThat(parcel.events()).allSatisfy(e -> assertThat(e.source()).isEqualTo("carrier:PAKET"));
        }
        assertThat(timeline.parcels().get(1).events().get(1).details()).containsEntry("location", "hub-halle");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theShopsReceiptReceivesEveryParcelNotYetArrivedOnceAndLaterReportsLeaveTheParcels(TestDatabase db) {
        Services s = on(db);
        String id = "R-" + UUID.randomUUID();
        List<LabelAnswerDto.ParcelBookingDto> booked = labelledViaHub(s, twoBoxes(id));
        String p1 = booked.get(0).parcelId();
        String p2 = booked.get(1).parcelId();
        String t1 = booked.get(0).trackingNumber();
        String t2 = booked.get(1).trackingNumber();
        Instant at = today.minusDays(10).atTime(8, 0).toInstant(ZoneOffset.UTC);
        // The first parcel is delivered by its carrier; the second was handed in and never scanned again.
        s.tracking.receive("PAKET", secret("s3cret"), webhook(line("r1-" + id, t1, "HANDED_IN", at, null),
                line("r2-" + id, t1, "DELIVERED", at.plusSeconds(86_400), null),
                line("r3-" + id, t2, "HANDED_IN", at.plusSeconds(600), null)));
        assertThat(s.lifecycle.timeline(id, "shop").status()).isEqualTo("HANDED_IN");
        int travellingHolds = holds(db, id, p2);

        TimelineDto.EventDto received = s.lifecycle.report(id, "shop", new ShopEventDto("RECEIVED", null, Map.of()));

        TimelineDto timeline = s.lifecycle.timeline(id, "shop");
        assertThat(timeline.status()).isEqualTo("RECEIVED");
        assertThat(timeline.parcels()).extracting(TimelineDto.ParcelDto::status).containsExactly("RECEIVED", "RECEIVED");
        assertThat(timeline.parcels().get(0).events()).as("received by its carrier already: left as it was")
                .extracting(TimelineDto.EventDto::to, TimelineDto.EventDto::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HANDED_IN", "carrier:PAKET"),
                        org.assertj.core.groups.Tuple.tuple("RECEIVED", "carrier:PAKET"));
        assertThat(timeline.parcels().get(1).events()).extracting(TimelineDto.EventDto::from,
                TimelineDto.EventDto::to, TimelineDto.EventDto::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PICKUP".equals(booked.get(1).kind()) ? "PICKUP_BOOKED"
                        : "LABEL_CREATED", "HANDED_IN", "carrier:PAKET"),
                org.assertj.core.groups.Tuple.tuple("HANDED_IN", "RECEIVED", "shop"));
        TimelineDto.EventDto byShop = timeline.parcels().get(1).events().get(1);
        assertThat(byShop.at()).as("when the shop says it received the return")
                .isEqualTo(timeline.events().get(timeline.events().size() - 1).at());
        assertThat(byShop.details()).containsEntry("parcelId", p2).containsEntry("returnEventId", received.eventId());
        assertThat(holds(db, id, p2)).as("the travelling parcel's later buckets are free").isLessThan(travellingHolds);

        assertThatThrownBy(() -> s.lifecycle.report(id, "shop", new ShopEventDto("RECEIVED", null, Map.of())))
                .isInstanceOf(TransitionNotAllowedException.class);
        assertThat(s.tracking.receive("PAKET", secret("s3cret"), webhook(line("r4-" + id, t2, "DELIVERED",
                at.plusSeconds(90_000), null))).applied()).as("the carrier's late delivery scan").isZero();
        s.lifecycle.report(id, "shop", new ShopEventDto("INSPECTED", null, Map.of("outcome", "ACCEPTED")));
        s.lifecycle.report(id, "shop", new ShopEventDto("REFUND_STARTED", null, Map.of()));
        TimelineDto after = s.lifecycle.timeline(id, "shop");
        assertThat(after.status()).isEqualTo("REFUND_STARTED");
        assertThat(after.parcels()).as("a repeated receipt, a late scan, inspection and refund move no parcel")
                .isEqualTo(timeline.parcels());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void arrivalsBeyondAHubsCapacityAreCountedAndReportedOncePerPeriod(TestDatabase db) {
        Services s = on(db);
        Instant now = Instant.now();
        List<String> tracking = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tracking.add(labelledViaHub(s, shirt("R-" + UUID.randomUUID(), true)).get(0).trackingNumber());
        }
        s.tracking.receive("PAKET", secret("s3cret"), webhook(line("o1-" + tracking.get(0), tracking.get(0), "AT_HUB",
                now, "Halle")));
        assertThat(s.hubs.overCapacity(today)).as("one parcel: within Halle's capacity of one")
                .noneMatch(o -> o.bucket().resourceId().equals("HUB-HALLE"));

        s.tracking.receive("PAKET", secret("s3cret"), webhook(line("o2-" + tracking.get(1), tracking.get(1), "AT_HUB",
                now, "Halle"), line("o3-" + tracking.get(2), tracking.get(2), "AT_HUB", now, "Halle")));
        assertThat(s.hubs.overCapacity(today)).filteredOn(o -> o.bucket().resourceId().equals("HUB-HALLE"))
                .singleElement().satisfies(o -> {
                    assertThat(o.parcels()).isEqualTo(3);
                    assertThat(o.parcelsOver()).isEqualTo(2);
                    assertThat(o.bucket().day()).isEqualTo(today);
                });
        assertThat(s.overCapacityCounts.get("HUB-HALLE").getCount()).as("the period went over once").isEqualTo(1);
        assertThat(s.hubs.parcelsOverFromNow("HUB-HALLE")).isEqualTo(2);
        assertThat(s.hubs.parcelsOverFromNow("HUB-LEIPZIG")).isZero();
        assertThat(s.hubs.overCapacity(today.plusDays(1))).as("a later period is not over")
                .noneMatch(o -> o.bucket().resourceId().equals("HUB-HALLE"));
    }

    /** Each parcel's hub hold of the return as "hub@day". */
    private static Map<String, String> hubHolds(TestDatabase db, String returnId) {
        try (java.sql.Connection c = db.dataSource().getConnection();
             java.sql.PreparedStatement st = c.prepareStatement("SELECT parcel_id, resource_id, bucket_day "
                     + "FROM capacity_hold WHERE return_id = ? AND kind = 'HUB'")) {
            st.setString(1, returnId);
            Map<String, String> holds = new java.util.TreeMap<>();
            try (java.sql.ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    holds.put(r.getString(1), r.getString(2) + "@" + r.getObject(3, LocalDate.class));
                }
            }
            return holds;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<java.time.LocalDate> hubDay(TestDatabase db, String returnId) {
        try (java.sql.Connection c = db.dataSource().getConnection();
             java.sql.PreparedStatement st = c.prepareStatement("SELECT h.bucket_day, b.parcels FROM capacity_hold h "
                     + "JOIN capacity_bucket b ON b.kind = h.kind AND b.resource_id = h.resource_id "
                     + "AND b.bucket_day = h.bucket_day WHERE h.return_id = ? AND h.kind = 'HUB' "
                     + "AND h.resource_id = 'HUB-LEIPZIG'")) {
            st.setString(1, returnId);
            try (java.sql.ResultSet r = st.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                assertThat(r.getInt(2)).as("the bucket counts the parcel it holds").isPositive();
                return Optional.of(r.getObject(1, java.time.LocalDate.class));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int holds(TestDatabase db, String returnId, String parcelId) {
        try (java.sql.Connection c = db.dataSource().getConnection();
             java.sql.PreparedStatement st = c.prepareStatement(
                     "SELECT COUNT(*) FROM capacity_hold WHERE return_id = ? AND parcel_id = ?")) {
            st.setString(1, returnId);
            st.setString(2, parcelId);
            try (java.sql.ResultSet r = st.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int holds(TestDatabase db, String returnId) {
        try (java.sql.Connection c = db.dataSource().getConnection();
             java.sql.PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM capacity_hold WHERE return_id = ?")) {
            st.setString(1, returnId);
            try (java.sql.ResultSet r = st.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> decode(BufferedImage image) throws Exception {
        Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return Arrays.stream(results).map(Result::getText).toList();
    }
}
