package io.returnrouter.carriers.postnl.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.carriers.support.live.MalformedAnswerException;
import io.returnrouter.carriers.support.live.PointBody;
import io.returnrouter.carriers.support.webhook.WebhookSignatures;
import io.returnrouter.core.spi.carrier.Barcode;
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
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PostNL's bodies as its documentation shows them, read and written by the adapter's shapes. */
class PostNlShapesTest {

    private static final Party CUSTOMER = new Party("Eva de Vries", "Oudegracht", "12", "3511AB", "Utrecht", "NL",
            "+31612345678", "eva@example.org");
    private static final Party WAREHOUSE = new Party("Warehouse Venlo", "Celsiusweg", "15", "5928PR", "Venlo", "NL",
            null, null);
    private static final LabelOrder ORDER = new LabelOrder("RR-1-1", "postnl-return-parcel", null, CUSTOMER, WAREHOUSE,
            new ParcelLine("P1", 300, 200, 100, 1200), Instant.parse("2026-12-16T23:00:00Z"));

    @Test
    void theLabelRequestSendsTheCustomerAsSenderTheWarehouseAsReceiverAndOurReference() {
        JsonObject request = PostNlShapes.labelRequest(new PostNlShapes.Contract("DEVC", "11223344", "3085"), ORDER,
                "3SDEVC123456789", Instant.parse("2026-12-02T10:00:00Z"));

        JsonObject shipment = request.getJsonArray("Shipments").getJsonObject(0);
        assertThat(shipment.getString("Barcode")).isEqualTo("3SDEVC123456789");
        assertThat(shipment.getString("Reference")).isEqualTo("RR-1-1");
        assertThat(shipment.getString("ProductCodeDelivery")).isEqualTo("3085");
        assertThat(shipment.getJsonArray("Addresses").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("AddressType") + " " + a.getString("Zipcode"))
                .containsExactly("01 5928PR", "02 3511AB");
        assertThat(shipment.getJsonArray("Contacts").getJsonObject(0).getString("Email")).isEqualTo("eva@example.org");
        assertThat(shipment.getJsonObject("Dimension").getInt("Weight")).isEqualTo(1200);
        assertThat(request.getJsonObject("Customer").getString("CustomerCode")).isEqualTo("DEVC");
        assertThat(request.getJsonObject("Message").getString("MessageTimeStamp")).isEqualTo("02-12-2026 11:00:00");
    }

    @Test
    void theLabelAnswerGivesTheBarcodeAsTrackingNumberInCode128() {
        Booking booking = PostNlShapes.booking(json("{\"ResponseShipments\":[{\"Barcode\":\"3SDEVC123456789\","
                + "\"Errors\":[],\"Warnings\":[],\"Labels\":[{\"Content\":\"JVBERi0=\",\"Labeltype\":\"Label\","
                + "\"OutputType\":\"PDF\"}]}]}"), ORDER, "3SDEVC123456789");

        assertThat(booking.trackingNumber()).isEqualTo("3SDEVC123456789");
        assertThat(booking.barcode()).isEqualTo(new Barcode("3SDEVC123456789", Barcode.Symbology.CODE_128));
        assertThat(booking.handInDeadline()).isEqualTo(ORDER.handInBy());
        assertThat(booking.qrCodePayload()).isNull();
    }

    @Test
    void errorsInsideAnOkLabelAnswerRefuseAndAnotherBarcodeIsMalformed() {
        assertThatThrownBy(() -> PostNlShapes.booking(json("{\"ResponseShipments\":[{\"Barcode\":\"3SDEVC1\","
                + "\"Errors\":[{\"ErrorMsg\":\"Invalid HouseNr\",\"ErrorNumber\":\"7\"}]}]}"), ORDER, "3SDEVC1"))
                .isInstanceOf(CarrierRefusedException.class).hasMessageContaining("Invalid HouseNr")
                .extracting(e -> ((CarrierRefusedException) e).carrierCode()).isEqualTo("7");
        assertThatThrownBy(() -> PostNlShapes.booking(json("{\"ResponseShipments\":[{\"Barcode\":\"3SDEVC2\","
                + "\"Labels\":[{\"Content\":\"x\"}]}]}"), ORDER, "3SDEVC1")).isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> PostNlShapes.booking(json("{}"), ORDER, "3SDEVC1"))
                .isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void everyErrorShapeOfPostNlBecomesARefusalWithItsCode() {
        assertThat(PostNlErrors.read(400, structure("{\"RequestId\":\"r\",\"Date\":\"d\",\"Error\":{\"ErrorCode\":\"13\","
                + "\"ErrorDescription\":\"Invalid Zipcode\"}}"))).hasMessageContaining("Invalid Zipcode")
                .extracting(CarrierRefusedException::carrierCode).isEqualTo("13");
        assertThat(PostNlErrors.read(400, structure("{\"fault\":{\"faultstring\":\"Unexpected token\","
                + "\"detail\":{\"errorcode\":\"steps.jsonthreatprotection.ExecutionFailed\"}}}")))
                .hasMessageContaining("Unexpected token")
                .extracting(CarrierRefusedException::carrierCode).isEqualTo("steps.jsonthreatprotection.ExecutionFailed");
        assertThat(PostNlErrors.read(400, structure("[{\"ErrorMsg\":\"Check failed\",\"ErrorNumber\":99}]")))
                .hasMessageContaining("Check failed").extracting(CarrierRefusedException::carrierCode).isEqualTo("99");
        assertThat(PostNlErrors.read(404, null)).hasMessageContaining("HTTP 404")
                .extracting(CarrierRefusedException::carrierCode).isNull();
    }

    @Test
    void locationsBecomePointsWithLockersByDeliveryOptionAndOpeningHoursInOsmSyntax() {
        List<PointBody> points = PostNlShapes.points(json("{\"GetLocationsResult\":{\"ResponseLocation\":"
                + "{\"Address\":{\"City\":\"Utrecht\",\"Countrycode\":\"NL\",\"HouseNr\":101,\"HouseNrExt\":\"a\","
                + "\"Street\":\"Oudegracht\",\"Zipcode\":\"3511AX\"},\"DeliveryOptions\":{\"string\":[\"PA\"]},"
                + "\"Latitude\":52.09,\"Longitude\":5.12,\"LocationCode\":163043,\"Name\":\"Automaat\","
                + "\"OpeningHours\":{\"Monday\":{\"string\":\"09:00-18:00\"},\"Sunday\":{\"string\":[\"10:00-12:00\",\"13:00-17:00\"]}}}}}"),
                "NL").points();

        assertThat(points).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("163043");
            assertThat(p.type()).isEqualTo("LOCKER");
            assertThat(p.street()).isEqualTo("Oudegracht 101a");
            assertThat(p.openingHours()).isEqualTo("Mo 09:00-18:00; Su 10:00-12:00,13:00-17:00");
        });
    }

    @Test
    void statusesMapToMilestonesOldestFirstAndUnknownCodesAreKept() {
        List<TrackingUpdate> updates = PostNlShapes.updates(json("{\"CompleteStatus\":{\"Shipment\":[{\"Barcode\":\"3SX\","
                + "\"Status\":{\"StatusCode\":\"11\",\"StatusDescription\":\"Zending afgeleverd\",\"TimeStamp\":\"04-12-2026 10:15:00\"},"
                + "\"OldStatus\":[{\"StatusCode\":\"5\",\"TimeStamp\":\"03-12-2026 06:00:00\"},"
                + "{\"StatusCode\":\"2\",\"TimeStamp\":\"02-12-2026 17:30:00\"},"
                + "{\"StatusCode\":\"21\",\"StatusDescription\":\"Zending in douaneproces\",\"TimeStamp\":\"03-12-2026 08:00:00\"}]}]}}"));

        assertThat(updates).extracting(TrackingUpdate::carrierStatus).containsExactly("2", "5", "21", "11");
        assertThat(updates).extracting(TrackingUpdate::milestone).containsExactly(TrackingMilestone.HANDED_IN,
                TrackingMilestone.AT_HUB, TrackingMilestone.UNKNOWN, TrackingMilestone.DELIVERED);
        assertThat(updates.get(3).at()).as("Dutch winter time").isEqualTo(Instant.parse("2026-12-04T09:15:00Z"));
        assertThat(updates.get(0).carrierEventId()).isEqualTo("3SX:2:" + Instant.parse("2026-12-02T16:30:00Z").getEpochSecond());
        assertThat(PostNlStatuses.milestone("01")).isEqualTo(TrackingMilestone.ANNOUNCED);
        assertThat(PostNlStatuses.milestone(null)).isEqualTo(TrackingMilestone.UNKNOWN);
    }

    @Test
    void aSignedStatusPushIsReadAndABadOrMalformedOneRefused() {
        PostNlLive adapter = new PostNlLive(null, true, "DEVC", "11223344", "3085", "000000000-999999999");
        byte[] body = ("{\"CurrentStatus\":{\"Shipment\":{\"Barcode\":\"3SDEVC1\",\"Status\":{\"StatusCode\":\"2\","
                + "\"TimeStamp\":\"02-12-2026 17:30:00\"}}}}").getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        List<TrackingUpdate> updates = adapter.read(push(body, now, WebhookSignatures.sign("secret", now, body)));

        assertThat(updates).singleElement().extracting(TrackingUpdate::milestone).isEqualTo(TrackingMilestone.HANDED_IN);
        assertThatThrownBy(() -> adapter.read(push(body, now, WebhookSignatures.sign("wrong", now, body))))
                .isInstanceOf(WebhookRejectedException.class)
                .extracting(e -> ((WebhookRejectedException) e).reason()).isEqualTo(WebhookRejectedException.Reason.NOT_AUTHENTIC);
        byte[] notPostNl = "{\"hello\":1}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> adapter.read(push(notPostNl, now, WebhookSignatures.sign("secret", now, notPostNl))))
                .isInstanceOf(WebhookRejectedException.class)
                .extracting(e -> ((WebhookRejectedException) e).reason()).isEqualTo(WebhookRejectedException.Reason.MALFORMED);
    }

    private static WebhookDelivery push(byte[] body, long ts, String signature) {
        return new WebhookDelivery(Map.of("x-postnl-timestamp", List.of(Long.toString(ts)),
                "x-postnl-signature", List.of(signature)), body, "secret");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonStructure structure(String text) {
        return Json.createReader(new StringReader(text)).read();
    }
}
