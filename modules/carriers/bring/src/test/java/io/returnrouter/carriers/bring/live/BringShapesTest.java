package io.returnrouter.carriers.bring.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.carriers.support.live.MalformedAnswerException;
import io.returnrouter.carriers.support.live.PointBody;
import io.returnrouter.carriers.support.live.RateAnswerBody;
import io.returnrouter.core.model.Lane;
import io.returnrouter.core.spi.carrier.Booking;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.Measure;
import io.returnrouter.core.spi.carrier.ParcelLine;
import io.returnrouter.core.spi.carrier.ParcelRefusedException;
import io.returnrouter.core.spi.carrier.Party;
import io.returnrouter.core.spi.carrier.PickupOrder;
import io.returnrouter.core.spi.carrier.RateRequest;
import io.returnrouter.core.spi.carrier.TrackingMilestone;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bring's bodies as its developer documentation shows them, read and written by the adapter's shapes. */
class BringShapesTest {

    private static final PickupOrder ORDER = new PickupOrder("RR-2-1", "bring-business-return",
            new Party("Ola Nordmann", "Storgata", "1", "0155", "Oslo", "NO", "+4791234567", null),
            new Party("Hub Oslo", "Alnabruveien", "10", "0668", "Oslo", "NO", null, null),
            new ParcelLine("P1", 605, 400, 400, 12_345), LocalDate.of(2026, 12, 4), LocalTime.of(9, 0),
            LocalTime.of(13, 0));

    @Test
    void theBookingRequestCarriesOneConsignmentPickedUpAtTheWindowsStart() {
        JsonObject consignment = BringShapes.bookingRequest(ORDER, "9600", "PARCELS_NORWAY-1", true)
                .getJsonArray("consignments").getJsonObject(0);

        assertThat(consignment.getString("shippingDateTime")).isEqualTo("2026-12-04T09:00");
        assertThat(consignment.getString("correlationId")).isEqualTo("RR-2-1");
        assertThat(consignment.getJsonObject("product").getString("customerNumber")).isEqualTo("PARCELS_NORWAY-1");
        JsonObject pack = consignment.getJsonArray("packages").getJsonObject(0);
        assertThat(pack.getJsonNumber("weightInKg").bigDecimalValue()).isEqualByComparingTo("12.345");
        assertThat(pack.getJsonObject("dimensions").getInt("lengthInCm")).as("rounded up").isEqualTo(61);
        assertThat(consignment.getJsonObject("parties").getJsonObject("sender").getString("addressLine"))
                .isEqualTo("Storgata 1");
        assertThat(consignment.getJsonObject("parties").getJsonObject("sender").getJsonObject("contact")
                .getString("phoneNumber")).isEqualTo("+4791234567");
    }

    @Test
    void aConfirmationGivesThePackageNumberToTrackAndTheConsignmentNumberAsReference() {
        Booking booking = BringShapes.pickupBooking(json("{\"consignments\":[{\"correlationId\":\"RR-2-1\","
                + "\"confirmation\":{\"consignmentNumber\":\"70438101015432113\",\"links\":{\"labels\":\"https://x\"},"
                + "\"dateAndTimes\":{\"earliestPickup\":1796457600000,\"expectedDelivery\":null},"
                + "\"packages\":[{\"correlationId\":\"P1\",\"packageNumber\":\"370438101015432113\"}]},\"errors\":null}]}"),
                ORDER);

        assertThat(booking.trackingNumber()).isEqualTo("370438101015432113");
        assertThat(booking.bookingReference()).isEqualTo("70438101015432113");
        assertThat(booking.barcode().value()).isEqualTo("370438101015432113");
        assertThat(booking.pickupDate()).as("Bring's earliest pickup, in Norway").isEqualTo(LocalDate.of(2026, 12, 05));
        assertThat(booking.windowTo()).isEqualTo(LocalTime.of(13, 0));
    }

    @Test
    void bookingErrorsRefuseInEnglishWithBringsCode() {
        String errors = "{\"consignments\":[{\"correlationId\":\"x\",\"confirmation\":null,\"errors\":[{\"uniqueId\":\"u\","
                + "\"code\":\"BOOK-INPUT-015\",\"messages\":[{\"lang\":\"no\",\"message\":\"Ugyldig\"},"
                + "{\"lang\":\"en\",\"message\":\"Postal code of recipient is invalid\"}]}]}]}";
        assertThatThrownBy(() -> BringShapes.pickupBooking(json(errors), ORDER))
                .isInstanceOf(CarrierRefusedException.class).hasMessageContaining("Postal code of recipient is invalid")
                .extracting(e -> ((CarrierRefusedException) e).carrierCode()).isEqualTo("BOOK-INPUT-015");
        assertThat(new BringErrors().refusal(400, json(errors))).hasMessageContaining("HTTP 400")
                .extracting(CarrierRefusedException::carrierCode).isEqualTo("BOOK-INPUT-015");
        assertThat(new BringErrors().refusal(400, json("{\"errors\":[{\"code\":\"FG_INPUT_001\",\"description\":"
                + "\"Shipmentdate must be set\"}]}"))).hasMessageContaining("Shipmentdate must be set");
        assertThatThrownBy(() -> BringShapes.pickupBooking(json("{\"consignments\":[]}"), ORDER))
                .isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void theShippingGuideIsAskedInCentimetresAndGramsAndItsListPriceRead() {
        RateRequest request = new RateRequest("bring-pickup-point-return", new Lane("NO", "NO"),
                Measure.of(300, 200, 101, 1000), "0150", "5003");
        JsonObject consignment = BringShapes.priceRequest(request, "9350").getJsonArray("consignments").getJsonObject(0);
        assertThat(consignment.getString("fromPostalCode")).isEqualTo("0150");
        assertThat(consignment.getJsonArray("packages").getJsonObject(0).getInt("height")).isEqualTo(11);

        RateAnswerBody price = BringShapes.price(json("{\"consignments\":[{\"products\":[{\"id\":\"9350\",\"price\":"
                + "{\"listPrice\":{\"priceWithoutAdditionalServices\":{\"amountWithoutVAT\":\"61.00\"},"
                + "\"currencyCode\":\"NOK\"}}}]}]}"), "bring-pickup-point-return", "9350");
        assertThat(price).isEqualTo(new RateAnswerBody("bring-pickup-point-return", "61.00", "NOK"));
        assertThatThrownBy(() -> BringShapes.price(json("{\"consignments\":[{\"products\":[{\"id\":\"9350\","
                + "\"errors\":[{\"code\":\"x\",\"description\":\"Package too heavy\"}]}]}]}"), "s", "9350"))
                .isInstanceOf(ParcelRefusedException.class).hasMessageContaining("Package too heavy");
    }

    @Test
    void pickupPointsAndLockersAreRead() {
        List<PointBody> points = BringShapes.points(json("{\"pickupPoint\":[{\"id\":\"121512\",\"name\":\"Coop Extra\","
                + "\"address\":\"Grønlandsleiret 15\",\"postalCode\":\"0190\",\"city\":\"OSLO\",\"countryCode\":\"NO\","
                + "\"latitude\":59.91,\"longitude\":10.76},{\"id\":\"362001\",\"name\":\"Pakkeboks Oslo S\","
                + "\"countryCode\":\"NO\",\"latitude\":59.91,\"longitude\":10.75}]}")).points();
        assertThat(points).extracting(PointBody::id, PointBody::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("121512", "PARCEL_SHOP"),
                        org.assertj.core.groups.Tuple.tuple("362001", "LOCKER"));
    }

    @Test
    void trackingEventsComeOldestFirstWithUnknownStatusesKept() {
        List<TrackingUpdate> updates = BringShapes.updates(json("{\"consignmentSet\":[{\"packageSet\":[{"
                + "\"packageNumber\":\"370438101015432113\",\"eventSet\":["
                + "{\"status\":\"DELIVERED\",\"dateIso\":\"2026-12-05T12:00:00+01:00\",\"city\":\"OSLO\"},"
                + "{\"status\":\"DEVIATION\",\"dateIso\":\"2026-12-05T08:00:00+01:00\"},"
                + "{\"status\":\"TERMINAL\",\"dateIso\":\"2026-12-04T20:00:00+01:00\"},"
                + "{\"status\":\"HANDED_IN\",\"dateIso\":\"2026-12-04T10:00:00+01:00\"}]}]}]}"));

        assertThat(updates).extracting(TrackingUpdate::milestone).containsExactly(TrackingMilestone.HANDED_IN,
                TrackingMilestone.AT_HUB, TrackingMilestone.UNKNOWN, TrackingMilestone.DELIVERED);
        assertThat(updates.get(2).carrierStatus()).isEqualTo("DEVIATION");
        assertThat(updates.get(0).at()).isEqualTo(Instant.parse("2026-12-04T09:00:00Z"));
        assertThatThrownBy(() -> BringShapes.updates(json("{\"consignmentSet\":[{\"packageSet\":[{\"packageNumber\":\"1\","
                + "\"eventSet\":[{\"status\":\"DELIVERED\",\"dateIso\":\"yesterday\"}]}]}]}")))
                .isInstanceOf(MalformedAnswerException.class);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
