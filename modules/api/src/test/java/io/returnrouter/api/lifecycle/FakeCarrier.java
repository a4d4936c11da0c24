package io.returnrouter.api.lifecycle;

import io.returnrouter.core.spi.carrier.Barcode;
import io.returnrouter.core.spi.carrier.Booking;
import io.returnrouter.core.spi.carrier.BookingCancellation;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.CarrierUnavailableException;
import io.returnrouter.core.spi.carrier.LabelCreation;
import io.returnrouter.core.spi.carrier.LabelOrder;
import io.returnrouter.core.spi.carrier.PickupBooking;
import io.returnrouter.core.spi.carrier.PickupOrder;
import io.returnrouter.core.spi.carrier.TrackingMilestone;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import io.returnrouter.core.spi.carrier.TrackingWebhooks;
import io.returnrouter.core.spi.carrier.WebhookDelivery;
import io.returnrouter.core.spi.carrier.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A carrier module's capabilities as the unit tests need them: labels and pickups (reachable or
 * not), and webhooks of lines "eventId;trackingNumber;status;MILESTONE;at[;location]" under a
 * shared-secret header (the location is "Leipzig" when not given).
 */
final class FakeCarrier implements LabelCreation, PickupBooking, TrackingWebhooks, BookingCancellation {

    volatile boolean down;
    volatile boolean refusing;
    final AtomicInteger orders = new AtomicInteger();
    volatile LabelOrder lastLabel;
    final List<String> cancelled = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public String carrierId() {
        return "PAKET";
    }

    @Override
    public Booking createLabel(LabelOrder order) {
        arrive();
        lastLabel = order;
        String tracking = "3SPAKET" + order.returnReference().substring(2);
        return new Booking(tracking, "B-" + order.returnReference(), new Barcode(tracking, Barcode.Symbology.CODE_128),
                "QR:" + tracking, null, null, null, order.handInBy());
    }

    @Override
    public Booking bookPickup(PickupOrder order) {
        arrive();
        String tracking = "PU" + order.returnReference().substring(2);
        return new Booking(tracking, "P-" + order.returnReference(), new Barcode(tracking, Barcode.Symbology.CODE_128),
                null, order.date(), order.windowFrom(), order.windowTo(), null);
    }

    private void arrive() {
        orders.incrementAndGet();
        if (down) {
            throw new CarrierUnavailableException("HTTP 503 from the carrier");
        }
        if (refusing) {
            throw new CarrierRefusedException("postal code not served", "E-ADDR");
        }
    }

    @Override
    public void cancel(String bookingReference, String trackingNumber) {
        cancelled.add(trackingNumber);
    }

    @Override
    public List<TrackingUpdate> read(WebhookDelivery delivery) {
        if (!delivery.header("x-secret").orElse("").equals(delivery.secret())) {
            throw new WebhookRejectedException(WebhookRejectedException.Reason.NOT_AUTHENTIC, "wrong secret");
        }
        List<TrackingUpdate> updates = new ArrayList<>();
        for (String line : new String(delivery.body(), StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split(";");
            if (f.length != 5 && f.length != 6) {
                throw new WebhookRejectedException(WebhookRejectedException.Reason.MALFORMED, "5 or 6 fields a line");
            }
            updates.add(new TrackingUpdate(f[0], f[1], f[2], TrackingMilestone.valueOf(f[3]), Instant.parse(f[4]),
                    f.length == 6 ? f[5] : "Leipzig", null));
        }
        return updates;
    }
}
