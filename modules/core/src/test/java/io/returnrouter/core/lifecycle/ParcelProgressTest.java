package io.returnrouter.core.lifecycle;

import static io.returnrouter.core.lifecycle.ReturnStatus.AT_HUB;
import static io.returnrouter.core.lifecycle.ReturnStatus.HANDED_IN;
import static io.returnrouter.core.lifecycle.ReturnStatus.IN_LINEHAUL;
import static io.returnrouter.core.lifecycle.ReturnStatus.INSPECTED;
import static io.returnrouter.core.lifecycle.ReturnStatus.LABEL_CREATED;
import static io.returnrouter.core.lifecycle.ReturnStatus.LOST;
import static io.returnrouter.core.lifecycle.ReturnStatus.PICKUP_BOOKED;
import static io.returnrouter.core.lifecycle.ReturnStatus.RECEIVED;
import static io.returnrouter.core.lifecycle.ReturnStatus.REFUND_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParcelProgressTest {

    @Test
    void aReturnIsOnItsWayAsFarAsItsFurthestParcel() {
        assertThat(ParcelProgress.returnStatus(List.of(LABEL_CREATED, PICKUP_BOOKED))).as("nothing handed in").isEmpty();
        assertThat(ParcelProgress.returnStatus(List.of(HANDED_IN, LABEL_CREATED))).contains(HANDED_IN);
        assertThat(ParcelProgress.returnStatus(List.of(HANDED_IN, AT_HUB))).contains(AT_HUB);
        assertThat(ParcelProgress.returnStatus(List.of(LABEL_CREATED, IN_LINEHAUL, AT_HUB))).contains(IN_LINEHAUL);
    }

    @Test
    void itIsReceivedOnlyWhenEveryParcelIs() {
        assertThat(ParcelProgress.returnStatus(List.of(RECEIVED, AT_HUB))).contains(AT_HUB);
        assertThat(ParcelProgress.returnStatus(List.of(RECEIVED, LABEL_CREATED)))
                .as("a parcel at the warehouse was handed in; the other is not yet").contains(HANDED_IN);
        assertThat(ParcelProgress.returnStatus(List.of(RECEIVED, RECEIVED))).contains(RECEIVED);
        assertThat(ParcelProgress.returnStatus(List.of(RECEIVED))).contains(RECEIVED);
    }

    @Test
    void itIsLostWhenNothingTravelsAnyMoreAndAParcelIsLost() {
        assertThat(ParcelProgress.returnStatus(List.of(LOST, AT_HUB))).contains(AT_HUB);
        assertThat(ParcelProgress.returnStatus(List.of(LOST, RECEIVED))).contains(LOST);
        assertThat(ParcelProgress.returnStatus(List.of(LOST))).contains(LOST);
    }

    @Test
    void theDerivedStatusNeverTakesTheReturnBackwards() {
        // Parcel 1 went IN_LINEHAUL and arrived; parcel 2 is only at a hub: the rule says AT_HUB,
        // which the state machine does not allow from IN_LINEHAUL, so the return stays.
        ReturnStatus derived = ParcelProgress.returnStatus(List.of(RECEIVED, AT_HUB)).orElseThrow();
        assertThat(Transitions.allows(IN_LINEHAUL, derived)).isFalse();
    }

    @Test
    void aParcelMovesOnlyForwardByItsOwnScans() {
        assertThat(ParcelProgress.moves(LABEL_CREATED, AT_HUB)).as("a missed hand-in scan").isTrue();
        assertThat(ParcelProgress.moves(AT_HUB, AT_HUB)).isFalse();
        assertThat(ParcelProgress.moves(AT_HUB, HANDED_IN)).isFalse();
        assertThat(ParcelProgress.moves(LOST, RECEIVED)).isTrue();
    }

    @Test
    void theWarehousesReceiptReceivesEveryParcelNotReceivedYet() {
        Map<String, ReturnStatus> parcels = new LinkedHashMap<>();
        parcels.put("P1", AT_HUB);
        parcels.put("P2", RECEIVED);
        parcels.put("P3", LABEL_CREATED);
        parcels.put("P4", LOST);
        parcels.put("P5", IN_LINEHAUL);
        parcels.put("P6", PICKUP_BOOKED);
        parcels.put("P7", HANDED_IN);

        assertThat(ParcelProgress.onReturnReport(RECEIVED, parcels))
                .as("all but the one its carrier delivered, in order; a lost one turned up")
                .containsExactly(Map.entry("P1", RECEIVED), Map.entry("P3", RECEIVED), Map.entry("P4", RECEIVED),
                        Map.entry("P5", RECEIVED), Map.entry("P6", RECEIVED), Map.entry("P7", RECEIVED));
        assertThat(ParcelProgress.returnStatus(Map.of("P1", RECEIVED, "P2", RECEIVED).values()))
                .as("the parcels then agree with the return").contains(RECEIVED);
    }

    @Test
    void aRepeatedReceiptMovesNothing() {
        assertThat(ParcelProgress.onReturnReport(RECEIVED, Map.of("P1", RECEIVED, "P2", RECEIVED))).isEmpty();
        assertThat(ParcelProgress.onReturnReport(RECEIVED, Map.of())).isEmpty();
    }

    @Test
    void laterReportsAreTheReturnsAlone() {
        Map<String, ReturnStatus> parcels = Map.of("P1", RECEIVED, "P2", AT_HUB);
        for (ReturnStatus later : List.of(INSPECTED, REFUND_STARTED, ReturnStatus.EXCHANGE_SHIPPED,
                ReturnStatus.STORE_CREDIT_ISSUED)) {
            assertThat(ParcelProgress.onReturnReport(later, parcels)).as(later.name()).isEmpty();
        }
    }
}
