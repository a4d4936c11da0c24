package io.returnrouter.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.returnrouter.core.spi.carrier.Barcode;
import io.returnrouter.core.spi.carrier.Booking;
import io.returnrouter.core.spi.carrier.BookingCancellation;
import io.returnrouter.core.spi.carrier.CarrierCapabilities;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.CarrierUnavailableException;
import io.returnrouter.core.spi.carrier.LabelCreation;
import io.returnrouter.core.spi.carrier.LabelOrder;
import io.returnrouter.core.spi.carrier.ParcelLine;
import io.returnrouter.core.spi.carrier.Party;
import io.returnrouter.core.spi.carrier.PickupBooking;
import io.returnrouter.core.spi.carrier.PickupOrder;
import io.returnrouter.core.spi.carrier.TrackingMilestone;
import io.returnrouter.core.spi.carrier.TrackingPolling;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import io.returnrouter.core.spi.carrier.TrackingWebhooks;
import io.returnrouter.core.spi.carrier.WebhookDelivery;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Labels, a pickup, tracking and a webhook through {@link CarrierCapabilities} inside the running
 * server: the live adapters (MicroProfile Rest Client and Fault Tolerance) against the carrier
 * stub, started here in the server's JVM on the port the server's configuration points at.
 */
@ExtendWith(ArquillianExtension.class)
class CarrierCapabilitiesInContainerIT {

    private static final Party CUSTOMER = new Party("Eva de Vries", "Oudegracht", "12", "3511AB", "Utrecht", "NL",
            "+31612345678", "eva@example.org");
    private static final Party WAREHOUSE = new Party("ReturnRouter Warehouse Venlo", "Celsiusweg", "15", "5928PR",
            "Venlo", "NL", null, null);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(CarrierCapabilitiesInContainerIT.class, CarrierStub.class)
                .addClasses(CarrierStub.class.getDeclaredClasses());
    }

    @Inject
    CarrierCapabilities capabilities;

    @Test
    void aPostNlLabelIsCreatedLiveRefusedInPostNlsWordsAndReportedUnavailableWhenPostNlIsDown() throws Exception {
        try (CarrierStub stub = new CarrierStub(stubPort())) {
            LabelCreation postnl = capabilities.find("postnl", LabelCreation.class).orElseThrow();
            LabelOrder order = new LabelOrder("RR-IT-1-1", "postnl-return-parcel", "163043", CUSTOMER, WAREHOUSE,
                    new ParcelLine("P1", 300, 200, 100, 1200), Instant.now().plus(14, ChronoUnit.DAYS));

            Booking label = postnl.createLabel(order);

            assertTrue(label.trackingNumber().startsWith("3SDEVC"), label.trackingNumber());
            assertEquals(new Barcode(label.trackingNumber(), Barcode.Symbology.CODE_128), label.barcode());
            assertEquals(order.handInBy(), label.handInDeadline());
            List<CarrierStub.ReceivedBooking> received = stub.bookings("postnl");
            assertEquals(1, received.size());
            JsonObject shipment = received.get(0).request().getJsonArray("Shipments").getJsonObject(0);
            assertEquals("RR-IT-1-1", shipment.getString("Reference"));
            assertEquals(label.trackingNumber(), shipment.getString("Barcode"));
            assertEquals(1200, shipment.getJsonObject("Dimension").getInt("Weight"));
            assertEquals("it-postnl-key", stub.lastHeader("/postnl/shipment/v2_2/label", "apikey"));

            stub.set("/postnl/shipment/v2_2/label", CarrierStub.Behaviour.REFUSING);
            CarrierRefusedException refused = assertThrows(CarrierRefusedException.class, () -> postnl.createLabel(order));
            assertTrue(refused.getMessage().contains("Invalid Zipcode"), refused.getMessage());
            assertEquals("13", refused.carrierCode());
            stub.set("/postnl/shipment/v2_2/label", CarrierStub.Behaviour.HEALTHY);

            stub.down("postnl");
            assertThrows(CarrierUnavailableException.class, () -> postnl.createLabel(order));
            stub.up("postnl");
            assertTrue(postnl.createLabel(order).trackingNumber().startsWith("3SDEVC"));
            assertEquals(2, stub.bookings("postnl").size());
        }
    }

    @Test
    void aBringPickupIsBookedAndItsTrackingPolled() throws Exception {
        try (CarrierStub stub = new CarrierStub(stubPort())) {
            PickupBooking bring = capabilities.find("bring", PickupBooking.class).orElseThrow();
            Party osloCustomer = new Party("Ola Nordmann", "Storgata", "1", "0155", "Oslo", "NO", "+4791234567", null);
            Party osloHub = new Party("ReturnRouter Hub Oslo", "Alnabruveien", "10", "0668", "Oslo", "NO", null, null);
            LocalDate day = LocalDate.now().plusDays(2);
            PickupOrder order = new PickupOrder("RR-IT-2-1", "bring-business-return", osloCustomer, osloHub,
                    new ParcelLine("P1", 600, 400, 400, 12_000), day, LocalTime.of(9, 0), LocalTime.of(13, 0));

            Booking pickup = bring.bookPickup(order);

            assertEquals(stub.bookings("bring").get(0).trackingNumber(), pickup.trackingNumber());
            assertTrue(pickup.bookingReference().startsWith("70438101"), pickup.bookingReference());
            assertEquals(day, pickup.pickupDate());
            assertEquals(LocalTime.of(9, 0), pickup.windowFrom());
            JsonObject consignment = stub.bookings("bring").get(0).request().getJsonArray("consignments").getJsonObject(0);
            assertEquals("9600", consignment.getJsonObject("product").getString("id"));
            assertEquals(day + "T09:00", consignment.getString("shippingDateTime"));
            assertEquals("0155", consignment.getJsonObject("parties").getJsonObject("sender").getString("postalCode"));

            Instant handedIn = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            stub.track(pickup.trackingNumber(), "HANDED_IN", handedIn);
            stub.track(pickup.trackingNumber(), "TERMINAL", handedIn.plus(1, ChronoUnit.HOURS));
            stub.track(pickup.trackingNumber(), "NOTIFICATION_SENT", handedIn.plus(90, ChronoUnit.MINUTES));
            List<TrackingUpdate> updates = capabilities.find("bring", TrackingPolling.class).orElseThrow()
                    .poll(pickup.trackingNumber());

            assertEquals(List.of(TrackingMilestone.HANDED_IN, TrackingMilestone.AT_HUB, TrackingMilestone.UNKNOWN),
                    updates.stream().map(TrackingUpdate::milestone).toList());
            assertEquals("NOTIFICATION_SENT", updates.get(2).carrierStatus());
            assertEquals(handedIn, updates.get(0).at());
        }
    }

    @Test
    void anInPostLockerLabelGetsItsTrackingNumberAndASignedWebhookIsRead() throws Exception {
        try (CarrierStub stub = new CarrierStub(stubPort())) {
            Party poznanCustomer = new Party("Jan Kowalski", "Święty Marcin", "29", "61-001", "Poznań", "PL",
                    "+48501234567", "jan@example.org");
            LabelOrder order = new LabelOrder("RR-IT-3-1", "inpost-locker-a", "POZ08M", poznanCustomer, WAREHOUSE,
                    new ParcelLine("P1", 380, 300, 60, 2000), Instant.now().plus(7, ChronoUnit.DAYS));

            Booking label = capabilities.find("inpost", LabelCreation.class).orElseThrow().createLabel(order);

            assertEquals(stub.bookings("inpost").get(0).trackingNumber(), label.trackingNumber());
            JsonObject shipment = stub.bookings("inpost").get(0).request();
            assertEquals("small", shipment.getJsonArray("parcels").getJsonObject(0).getString("template"));
            assertEquals("POZ08M", shipment.getJsonObject("custom_attributes").getString("dropoff_point"));
            assertEquals("Bearer it-inpost-token", stub.lastHeader("/inpost/v1/organizations", "Authorization"));

            BookingCancellation cancellation = capabilities.find("inpost", BookingCancellation.class).orElseThrow();
            cancellation.cancel(label.bookingReference(), label.trackingNumber());
            assertEquals(List.of(label.bookingReference()), stub.cancelled("inpost"));
            CarrierRefusedException unknown = assertThrows(CarrierRefusedException.class,
                    () -> cancellation.cancel("999", "none"));
            assertEquals("resource_not_found", unknown.carrierCode());
            assertTrue(capabilities.find("postnl", BookingCancellation.class).isEmpty(), "PostNL has no cancel API");

            long now = Instant.now().getEpochSecond();
            byte[] body = ("{\"event_ts\":\"2026-12-03T10:15:00+01:00\",\"event\":\"shipment_status_changed\","
                    + "\"organization_id\":1,\"payload\":{\"shipment_id\":" + label.bookingReference()
                    + ",\"status\":\"adopted_at_sorting_center\",\"tracking_number\":\"" + label.trackingNumber() + "\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            TrackingWebhooks webhooks = capabilities.find("inpost", TrackingWebhooks.class).orElseThrow();
            List<TrackingUpdate> read = webhooks.read(new WebhookDelivery(Map.of(
                    "x-inpost-timestamp", List.of(Long.toString(now)),
                    "x-inpost-signature", List.of(CarrierStub.sign("it-inpost-webhook-secret", now, body))),
                    body, "it-inpost-webhook-secret"));

            assertEquals(1, read.size());
            assertEquals(TrackingMilestone.AT_HUB, read.get(0).milestone());
            assertEquals(label.trackingNumber(), read.get(0).trackingNumber());
            assertEquals(Instant.parse("2026-12-03T09:15:00Z"), read.get(0).at());
        }
    }

    /**
     * What the lifecycle's end-to-end tests rely on: the stub's signed pushes, caught here by a
     * small receiver, are read by the carriers' own webhook adapters; a push signed with another
     * secret or ten minutes ago is refused.
     */
    @Test
    void theStubsSignedPushesAreWhatTheWebhookAdaptersAccept() throws Exception {
        List<WebhookDelivery> caught = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            Map<String, List<String>> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
            caught.add(new WebhookDelivery(headers, exchange.getRequestBody().readAllBytes(), "pending"));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        try (CarrierStub stub = new CarrierStub(stubPort())) {
            Instant at = Instant.parse("2026-12-03T08:00:00Z");
            long now = Instant.now().getEpochSecond();
            assertEquals(202, stub.pushTracking("postnl", "3SDEVC999", "5", at, url, "postnl-secret", now).statusCode());
            assertEquals(202, stub.pushTracking("inpost", "680099", "delivered", at, url, "inpost-secret", now).statusCode());
            assertEquals(202, stub.pushTracking("postnl", "3SDEVC999", "11", at, url, "postnl-secret", now - 600)
                    .statusCode());
            assertEquals(202, stub.pushTracking("inpost", "680099", "delivered", at, url, "not-the-secret", now)
                    .statusCode());
        } finally {
            receiver.stop(0);
        }

        TrackingWebhooks postnl = capabilities.find("postnl", TrackingWebhooks.class).orElseThrow();
        TrackingWebhooks inpost = capabilities.find("inpost", TrackingWebhooks.class).orElseThrow();
        List<TrackingUpdate> postnlRead = postnl.read(withSecret(caught.get(0), "postnl-secret"));
        assertEquals(TrackingMilestone.AT_HUB, postnlRead.get(0).milestone());
        assertEquals("3SDEVC999", postnlRead.get(0).trackingNumber());
        assertEquals(at(2026, 12, 3, 8), postnlRead.get(0).at());
        List<TrackingUpdate> inpostRead = inpost.read(withSecret(caught.get(1), "inpost-secret"));
        assertEquals(TrackingMilestone.DELIVERED, inpostRead.get(0).milestone());
        assertEquals("680099", inpostRead.get(0).trackingNumber());
        assertThrows(io.returnrouter.core.spi.carrier.WebhookRejectedException.class,
                () -> postnl.read(withSecret(caught.get(2), "postnl-secret")), "signed ten minutes ago");
        assertThrows(io.returnrouter.core.spi.carrier.WebhookRejectedException.class,
                () -> inpost.read(withSecret(caught.get(3), "inpost-secret")), "signed with another secret");
    }

    private static WebhookDelivery withSecret(WebhookDelivery caught, String secret) {
        return new WebhookDelivery(caught.headers(), caught.body(), secret);
    }

    private static Instant at(int year, int month, int day, int hourUtc) {
        return java.time.LocalDateTime.of(year, month, day, hourUtc, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    private static int stubPort() {
        return URI.create(ConfigProvider.getConfig().getValue("postnl-live/mp-rest/url", String.class)).getPort();
    }
}
