package io.returnrouter.core.spi.carrier;

import java.util.List;

/** The carrier pushes tracking events; the module checks their authenticity and reads them. */
public interface TrackingWebhooks extends CarrierCapability {

    /**
     * Checks the call's signature or shared secret against {@link WebhookDelivery#secret()} (in
     * constant time), then reads the events it carries.
     *
     * @throws WebhookRejectedException when the call is not authentic or not in the carrier's shape
     */
    List<TrackingUpdate> read(WebhookDelivery delivery);
}
