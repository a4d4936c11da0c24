package io.returnrouter.core.spi.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CarrierCapabilitiesTest {

    record Labels(String carrierId) implements LabelCreation {
        @Override
        public Booking createLabel(LabelOrder order) {
            throw new CarrierUnavailableException("not in this test");
        }
    }

    record Polling(String carrierId) implements TrackingPolling {
        @Override
        public List<TrackingUpdate> poll(String trackingNumber) {
            return List.of();
        }
    }

    @Test
    void findsACapabilityByCarrierAndInterface() {
        Labels postnl = new Labels("postnl");
        CarrierCapabilities capabilities = new CarrierCapabilities(List.of(new Labels("bring"), postnl));

        assertSame(postnl, capabilities.find("postnl", LabelCreation.class).orElseThrow());
        assertTrue(capabilities.find("postnl", PickupBooking.class).isEmpty());
        assertTrue(capabilities.find("dhl", LabelCreation.class).isEmpty());
    }

    @Test
    void theFirstListedWinsSoLiveAdaptersComeBeforeOfflineData() {
        Labels live = new Labels("postnl");
        CarrierCapabilities capabilities = new CarrierCapabilities(List.of(live, new Labels("postnl")));

        assertSame(live, capabilities.find("postnl", LabelCreation.class).orElseThrow());
    }

    @Test
    void listsWhatACarrierOffers() {
        CarrierCapabilities capabilities = new CarrierCapabilities(List.of(new Labels("bring"), new Polling("bring")));

        assertEquals(List.of("LabelCreation", "TrackingPolling"), capabilities.offeredBy("bring"));
        assertEquals(List.of(), capabilities.offeredBy("postnl"));
    }
}
