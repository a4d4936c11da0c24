package io.returnrouter.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.returnrouter.api.lifecycle.HubCapacityWatch;
import io.returnrouter.api.lifecycle.LabelAnswerDto;
import io.returnrouter.api.lifecycle.LabelService;
import io.returnrouter.api.lifecycle.LifecycleService;
import io.returnrouter.api.lifecycle.ShopEventDto;
import io.returnrouter.api.lifecycle.TimelineDto;
import io.returnrouter.api.lifecycle.TrackingReceiptDto;
import io.returnrouter.api.lifecycle.TrackingService;
import io.returnrouter.api.returns.ConfirmRequestDto;
import io.returnrouter.api.returns.LedgerLoads;
import io.returnrouter.api.returns.QuoteResponseDto;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.api.returns.ReturnRoutingService;
import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.lifecycle.TransitionNotAllowedException;
import io.returnrouter.core.spi.carrier.TrackingMilestone;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, on the configured database (PostgreSQL in CI): a Danish return of two parcels
 * via the Malmö hub, each tracked by its own number. Each parcel's scans move that parcel and its
 * hub hold (the second one scanned at the Oslo hub instead of Malmö counts there), the return
 * follows its parcels, every event applies once however often it arrives, and an arrival that
 * takes a hub's period over its capacity is reported once, in the metric and the watch's query.
 *
 * <p>Isolation: the return and its tracking numbers are new each run; its parcels take a Danish
 * drop-off point, which no test counts exactly; the hub buckets it is scanned into are of a day
 * far in the past chosen at random, which no booking reaches. The shop's receipt releases only
 * its own return's later holds.
 */
@ExtendWith(ArquillianExtension.class)
class ParcelTrackingInContainerIT {

    private static final String OSLO = "HUB-OSLO";
    private static final List<String> LIVE_ADAPTERS = List.of("postnl", "bring", "inpost");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(ParcelTrackingInContainerIT.class);
    }

    @Inject
    ReturnRoutingService returns;

    @Inject
    LabelService labels;

    @Inject
    TrackingService tracking;

    @Inject
    LifecycleService lifecycle;

    @Inject
    HubCapacityWatch hubs;

    @Inject
    LedgerLoads loads;

    @Inject
    MetricRegistry metrics;

    @Resource(lookup = "jdbc/returnrouter")
    DataSource dataSource;

    /** Two 16 kg boxes from Copenhagen: together too heavy for one parcel. */
    private static String twoBoxes(String returnId) {
        return """
                {"returnId": "%s", "shopId": "demo-shop", "market": "DK", "maxOptions": 50,
                 "preferredMode": "DROP_OFF_POINT",
                 "customer": {"lat": 55.6761, "lon": 12.5683, "postalCode": "1050", "country": "DK",
                              "name": "Karen Blixen", "street": "Strandvejen", "houseNumber": "111",
                              "city": "København", "phone": "+45 12 34 56 78", "email": "karen@example.org"},
                 "deliveredOn": "%s", "reason": "SIZE_TOO_SMALL", "outcome": "REFUND",
                 "items": [{"sku": "BOX-1", "category": "HOME", "lengthCm": 40, "widthCm": 30, "heightCm": 30,
                            "weightKg": 16, "valueEur": 80},
                           {"sku": "BOX-2", "category": "HOME", "lengthCm": 40, "widthCm": 30, "heightCm": 30,
                            "weightKg": 16, "valueEur": 80}]}
                """.formatted(returnId, LocalDate.now().minusDays(3));
    }

    /** The two-box return quoted, confirmed via Malmö and labelled: its two bookings. */
    private List<LabelAnswerDto.ParcelBookingDto> labelledViaMalmo(String id) {
        Jsonb json = JsonbBuilder.create();
        QuoteResponseDto quote = json.fromJson(returns.quote(json.fromJson(twoBoxes(id), ReturnRequestDto.class), null),
                QuoteResponseDto.class);
        assertEquals(2, quote.parcels().size(), "two parcels");
        List<ConfirmRequestDto.Choice> choices = quote.parcels().stream().map(p -> new ConfirmRequestDto.Choice(
                p.parcelId(), p.options().stream()
                        .filter(o -> o.destination() != null && "HUB-MALMO".equals(o.destination().id()))
                        // A carrier without a live adapter: ReturnRouter's label, booked at once without a stub.
                        .filter(o -> !LIVE_ADAPTERS.contains(o.carrier()))
                        .findFirst().orElseThrow(() -> new AssertionError("no option via Malmö: " + p.options()))
                        .optionId())).toList();
        returns.confirm(id, null, new ConfirmRequestDto(choices), null);
        List<LabelAnswerDto.ParcelBookingDto> booked = labels.book(id, null, null).parcels();
        assertEquals(2, booked.size());
        return booked;
    }

    @Test
    void eachParcelIsTrackedOnItsOwnAndAnArrivalOverAHubsCapacityIsReportedOnce() throws Exception {
        String id = "R-PT-" + UUID.randomUUID();
        List<LabelAnswerDto.ParcelBookingDto> booked = labelledViaMalmo(id);
        String carrier = booked.get(0).carrier();
        String p1 = booked.get(0).parcelId();
        String p2 = booked.get(1).parcelId();
        String t1 = booked.get(0).trackingNumber();
        String t2 = booked.get(1).trackingNumber();

        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 7000));
        Instant at = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
        Bucket malmo = CapacityClaims.hub("HUB-MALMO", day, loads.hubPeriod());
        Bucket oslo = CapacityClaims.hub(OSLO, day, loads.hubPeriod());
        fillToCapacity(oslo, 12_000);
        long countedBefore = overCapacityCount(OSLO);

        // Both parcels handed in at once, each event delivered eight times from many threads.
        List<Callable<TrackingReceiptDto>> deliveries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            deliveries.add(() -> tracking.apply(carrier, List.of(update(id + "-h1", t1, TrackingMilestone.HANDED_IN, at,
                    null))));
            deliveries.add(() -> tracking.apply(carrier, List.of(update(id + "-h2", t2, TrackingMilestone.HANDED_IN, at,
                    null))));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        int applied = 0;
        for (Future<TrackingReceiptDto> receipt : threads.invokeAll(deliveries)) {
            applied += receipt.get().applied();
        }
        threads.shutdown();
        assertEquals(2, applied, "each parcel's hand-in applied once");
        assertEquals("HANDED_IN", lifecycle.timeline(id, null).status());

        tracking.apply(carrier, List.of(update(id + "-a1", t1, TrackingMilestone.AT_HUB, at.plusSeconds(3600),
                "HUB-MALMO")));
        assertEquals("AT_HUB", lifecycle.timeline(id, null).status(), "the first parcel at a hub");
        TrackingReceiptDto second = tracking.apply(carrier, List.of(update(id + "-a2", t2, TrackingMilestone.AT_HUB,
                at.plusSeconds(7200), OSLO)));
        assertEquals(1, second.applied(), "the second parcel's scan at a hub is applied to it");
        assertEquals(Map.of(p1, malmo.toString(), p2, oslo.toString()), hubHolds(id),
                "each parcel counts at the hub and period it was scanned in; the second at Oslo, not Malmö as planned");

        assertEquals(countedBefore + 1, overCapacityCount(OSLO), "the period went over its capacity: counted once");
        HubCapacityWatch.Overflow over = hubs.overCapacity(oslo.day()).stream()
                .filter(o -> o.bucket().equals(oslo)).findFirst().orElseThrow();
        assertEquals(12_001, over.parcels());
        assertEquals(1, over.parcelsOver());
        assertEquals(0, tracking.apply(carrier, List.of(update(id + "-a2", t2, TrackingMilestone.AT_HUB,
                at.plusSeconds(7200), OSLO))).applied(), "a repeated scan");
        assertEquals(countedBefore + 1, overCapacityCount(OSLO), "not counted again");
        assertEquals(12_001, hubs.overCapacity(oslo.day()).stream().filter(o -> o.bucket().equals(oslo))
                .findFirst().orElseThrow().parcels());

        tracking.apply(carrier, List.of(update(id + "-d1", t1, TrackingMilestone.DELIVERED, at.plusSeconds(86_400),
                null)));
        assertEquals("AT_HUB", lifecycle.timeline(id, null).status(), "one parcel still travels");
        tracking.apply(carrier, List.of(update(id + "-d2", t2, TrackingMilestone.DELIVERED, at.plusSeconds(90_000),
                null)));
        TimelineDto timeline = lifecycle.timeline(id, null);
        assertEquals("RECEIVED", timeline.status(), "every parcel received");
        assertEquals(List.of("CONFIRMED", "LABEL_CREATED", "HANDED_IN", "AT_HUB", "RECEIVED"),
                timeline.events().stream().map(TimelineDto.EventDto::to).toList());
        for (TimelineDto.ParcelDto parcel : timeline.parcels()) {
            assertEquals(List.of("HANDED_IN", "AT_HUB", "RECEIVED"),
                    parcel.events().stream().map(TimelineDto.EventDto::to).toList(), parcel.parcelId());
        }
        assertEquals(Map.of(p1, malmo.toString(), p2, oslo.toString()), hubHolds(id),
                "what the parcels used at the hubs stays booked; their later buckets are free");
        assertTrue(laterHolds(id, day).isEmpty(), "nothing held after the deliveries: " + laterHolds(id, day));
    }

    @Test
    void theShopsReceiptReceivesTheParcelsStillTravellingOnceAndLaterReportsAreTheReturnsAlone() throws Exception {
        String id = "R-PT-SHOP-" + UUID.randomUUID();
        List<LabelAnswerDto.ParcelBookingDto> booked = labelledViaMalmo(id);
        String carrier = booked.get(0).carrier();
        String p1 = booked.get(0).parcelId();
        String p2 = booked.get(1).parcelId();
        Instant at = Instant.now().minusSeconds(86_400);
        // Only the first parcel has been scanned (handed in); the second's scans never came.
        assertEquals(1, tracking.apply(carrier, List.of(update(id + "-h1", booked.get(0).trackingNumber(),
                TrackingMilestone.HANDED_IN, at, null))).applied());
        String booking = parcelStatuses(id).get(p2);

        TimelineDto.EventDto received = lifecycle.report(id, null, new ShopEventDto("RECEIVED", null, Map.of()));
        assertEquals("RECEIVED", received.to());
        assertEquals(Map.of(p1, "RECEIVED", p2, "RECEIVED"), parcelStatuses(id), "parcel_booking.status");
        TimelineDto timeline = lifecycle.timeline(id, null);
        assertEquals("RECEIVED", timeline.status());
        Map<String, List<String>> steps = new TreeMap<>();
        for (TimelineDto.ParcelDto parcel : timeline.parcels()) {
            assertEquals("RECEIVED", parcel.status(), parcel.parcelId());
            steps.put(parcel.parcelId(), parcel.events().stream().map(e -> e.from() + ">" + e.to() + "@" + e.source())
                    .toList());
        }
        assertEquals(Map.of(p1, List.of(booking + ">HANDED_IN@carrier:" + carrier, "HANDED_IN>RECEIVED@shop"),
                p2, List.of(booking + ">RECEIVED@shop")), steps, "each parcel's timeline");
        assertEquals(3, parcelEvents(id), "parcel_event rows");

        assertThrows(TransitionNotAllowedException.class,
                () -> lifecycle.report(id, null, new ShopEventDto("RECEIVED", null, Map.of())), "a repeated receipt");
        assertEquals(0, tracking.apply(carrier, List.of(update(id + "-d2", booked.get(1).trackingNumber(),
                TrackingMilestone.DELIVERED, at.plusSeconds(3600), null))).applied(), "the carrier's late delivery scan");
        lifecycle.report(id, null, new ShopEventDto("INSPECTED", null, Map.of("outcome", "ACCEPTED")));
        lifecycle.report(id, null, new ShopEventDto("REFUND_STARTED", null, Map.of()));
        assertEquals("REFUND_STARTED", lifecycle.timeline(id, null).status());
        assertEquals(Map.of(p1, "RECEIVED", p2, "RECEIVED"), parcelStatuses(id), "inspection and refund are the return's");
        assertEquals(3, parcelEvents(id), "no parcel event after the receipt");
        assertTrue(laterHolds(id, LocalDate.now(ZoneOffset.UTC)).isEmpty(), "the return's later capacity is free: "
                + laterHolds(id, LocalDate.now(ZoneOffset.UTC)));
    }

    private Map<String, String> parcelStatuses(String returnId) throws Exception {
        Map<String, String> statuses = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT parcel_id, status FROM parcel_booking WHERE return_id = ?")) {
            s.setString(1, returnId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    statuses.put(r.getString(1), r.getString(2));
                }
            }
        }
        return statuses;
    }

    private int parcelEvents(String returnId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM parcel_event WHERE return_id = ?")) {
            s.setString(1, returnId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static TrackingUpdate update(String eventId, String trackingNumber, TrackingMilestone milestone,
                                         Instant at, String location) {
        return new TrackingUpdate(eventId, trackingNumber, milestone.name(), milestone, at, location, null);
    }

    private long overCapacityCount(String hub) {
        Counter counter = metrics.getCounters().get(new MetricID("returnrouter.hub.over.capacity", new Tag("hub", hub)));
        return counter == null ? 0 : counter.getCount();
    }

    /**
     * Arranges a hub period at its capacity: confirming 12,000 returns is beyond a test, so the
     * bucket of a day no booking reaches (new each run) is set to it directly.
     */
    private void fillToCapacity(Bucket bucket, int parcels) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO capacity_bucket (kind, resource_id, bucket_day, "
                     + "parcels, volume_cm3) VALUES (?, ?, ?, ?, 0)")) {
            s.setString(1, bucket.kind().name());
            s.setString(2, bucket.resourceId());
            s.setObject(3, bucket.day());
            s.setInt(4, parcels);
            s.executeUpdate();
        }
    }

    /** Each parcel's hub hold, as its bucket. */
    private Map<String, String> hubHolds(String returnId) throws Exception {
        Map<String, String> holds = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT parcel_id, kind, resource_id, bucket_day "
                     + "FROM capacity_hold WHERE return_id = ? AND kind = 'HUB'")) {
            s.setString(1, returnId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    holds.put(r.getString(1), new Bucket(io.returnrouter.core.capacity.CapacityKind.valueOf(
                            r.getString(2)), r.getString(3), r.getObject(4, LocalDate.class)).toString());
                }
            }
        }
        return holds;
    }

    private List<String> laterHolds(String returnId, LocalDate day) throws Exception {
        List<String> later = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT kind, resource_id, bucket_day FROM capacity_hold "
                     + "WHERE return_id = ? AND bucket_day > ?")) {
            s.setString(1, returnId);
            s.setObject(2, day.plusDays(1));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    later.add(r.getString(1) + " " + r.getString(2) + " " + r.getObject(3, LocalDate.class));
                }
            }
        }
        return later;
    }
}
