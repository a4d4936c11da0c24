package io.returnrouter.carriers.inpost.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.carriers.support.live.MalformedAnswerException;
import io.returnrouter.carriers.support.live.PointBody;
import io.returnrouter.carriers.support.webhook.WebhookSignatures;
import io.returnrouter.core.spi.carrier.Booking;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.LabelOrder;
import io.returnrouter.core.spi.carrier.ParcelLine;
import io.returnrouter.core.spi.carrier.Party;
import io.returnrouter.core.spi.carrier.TrackingMilestone;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import io.returnrouter.core.spi.carrier.WebhookDelivery;
import io.returnrouter.core.spi.carrier.WebhookRejectedException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ShipX's bodies as its documentation shows them, read and written by the adapter's shapes. */
class InPostShapesTest {

    private static final LabelOrder ORDER = new LabelOrder("RR-3-1", "inpost-locker-b", "POZ08M",
            new Party("Jan Kowalski", "Święty Marcin", "29", "61-001", "Poznań", "PL", "+48501234567", "jan@example.org"),
            new Party("Warehouse Venlo", "Celsiusweg", "15", "5928PR", "Venlo", "NL", null, null),
            new ParcelLine("P1", 380, 300, 150, 2000), Instant.parse("2026-12-09T22:59:59Z"));

    @Test
    void aReturnShipmentIsSentFromAnyLockerInTheServicesTemplate() {
        JsonObject request = InPostShapes.shipmentRequest(ORDER);

        assertThat(request.getString("service")).isEqualTo("inpost_locker_standard");
        assertThat(request.getString("reference")).isEqualTo("RR-3-1");
        assertThat(request.getJsonArray("parcels").getJsonObject(0).getString("template")).isEqualTo("medium");
        assertThat(request.getJsonObject("custom_attributes").getString("sending_method")).isEqualTo("parcel_locker");
        assertThat(request.getJsonObject("custom_attributes").getString("dropoff_point")).isEqualTo("POZ08M");
        assertThat(request.getJsonObject("sender").getJsonObject("address").getString("post_code")).isEqualTo("61-001");
        assertThatThrownBy(() -> InPostShapes.shipmentRequest(new LabelOrder("RR-3-2", "inpost-courier", null,
                ORDER.sender(), ORDER.receiver(), ORDER.parcel(), ORDER.handInBy())))
                .isInstanceOf(CarrierRefusedException.class);
    }

    @Test
    void theBookingWaitsForTheTrackingNumberShipxAssigns() {
        assertThat(InPostShapes.booking(json("{\"id\":49,\"status\":\"created\",\"tracking_number\":null}"), ORDER)).isNull();
        Booking booking = InPostShapes.booking(json("{\"id\":49,\"status\":\"confirmed\","
                + "\"tracking_number\":\"680000000000000000000049\"}"), ORDER);
        assertThat(booking.trackingNumber()).isEqualTo("680000000000000000000049");
        assertThat(booking.bookingReference()).isEqualTo("49");
        assertThat(booking.handInDeadline()).isEqualTo(ORDER.handInBy());
        assertThatThrownBy(() -> InPostShapes.shipmentId(json("{}"))).isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void shipxErrorsRefuseWithTheirCodeAndDetails() {
        CarrierRefusedException refused = new InPostErrors().refusal(400, json("{\"status\":400,\"error\":"
                + "\"validation_failed\",\"message\":\"There are some validation errors.\",\"details\":"
                + "{\"receiver\":[{\"phone\":[\"invalid\"]}]}}"));
        assertThat(refused).hasMessageContaining("validation errors").hasMessageContaining("phone");
        assertThat(refused.carrierCode()).isEqualTo("validation_failed");
    }

    @Test
    void pointsAreLockersByTheirType() {
        List<PointBody> points = InPostShapes.points(json("{\"items\":[{\"name\":\"POZ08M\",\"type\":[\"parcel_locker\"],"
                + "\"location\":{\"latitude\":52.4064,\"longitude\":16.9252},\"opening_hours\":\"24/7\","
                + "\"address_details\":{\"city\":\"Poznań\",\"post_code\":\"61-001\",\"street\":\"Święty Marcin\","
                + "\"building_number\":\"29\"}}]}")).points();
        assertThat(points).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("POZ08M");
            assertThat(p.type()).isEqualTo("LOCKER");
            assertThat(p.street()).isEqualTo("Święty Marcin 29");
            assertThat(p.openingHours()).isEqualTo("24/7");
        });
    }

    @Test
    void trackingDetailsMapToMilestonesAndUnknownStatusesAreKept() {
        List<TrackingUpdate> updates = InPostShapes.updates(json("{\"tracking_number\":\"68\",\"tracking_details\":["
                + "{\"status\":\"delivered\",\"datetime\":\"2026-12-05T12:00:00.000+01:00\"},"
                + "{\"status\":\"avizo\",\"datetime\":\"2026-12-05T09:00:00.000+01:00\"},"
                + "{\"status\":\"sent_from_sorting_center\",\"datetime\":\"2026-12-04T22:00:00.000+01:00\"},"
                + "{\"status\":\"dispatched_by_sender\",\"datetime\":\"2026-12-04T10:00:00.000+01:00\"}]}"));
        assertThat(updates).extracting(TrackingUpdate::milestone).containsExactly(TrackingMilestone.HANDED_IN,
                TrackingMilestone.IN_LINEHAUL, TrackingMilestone.UNKNOWN, TrackingMilestone.DELIVERED);
        assertThat(InPostStatuses.milestone("missing")).isEqualTo(TrackingMilestone.LOST);
    }

    @Test
    void aSignedWebhookIsReadAndAnUnsignedOrForeignOneRefused() {
        InPostLive adapter = new InPostLive(null, true, "1");
        byte[] body = ("{\"event_ts\":\"2026-12-03 10:15:00 +0100\",\"event\":\"shipment_status_changed\","
                + "\"organization_id\":1,\"payload\":{\"shipment_id\":49,\"status\":\"taken_by_courier\","
                + "\"tracking_number\":\"68\"}}").getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        assertThat(adapter.read(delivery(body, now, WebhookSignatures.sign("k", now, body)))).singleElement()
                .satisfies(u -> {
                    assertThat(u.milestone()).isEqualTo(TrackingMilestone.HANDED_IN);
                    assertThat(u.at()).isEqualTo(Instant.parse("2026-12-03T09:15:00Z"));
                });
        assertThatThrownBy(() -> adapter.read(new WebhookDelivery(Map.of(), body, "k")))
                .isInstanceOf(WebhookRejectedException.class).hasMessageContaining("missing");
        byte[] other = "{\"event\":\"dispatch_order_created\",\"payload\":{}}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> adapter.read(delivery(other, now, WebhookSignatures.sign("k", now, other))))
                .isInstanceOf(WebhookRejectedException.class)
                .extracting(e -> ((WebhookRejectedException) e).reason()).isEqualTo(WebhookRejectedException.Reason.MALFORMED);
    }

    private static WebhookDelivery delivery(byte[] body, long ts, String signature) {
        return new WebhookDelivery(Map.of("x-inpost-timestamp", List.of(Long.toString(ts)),
                "x-inpost-signature", List.of(signature)), body, "k");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
