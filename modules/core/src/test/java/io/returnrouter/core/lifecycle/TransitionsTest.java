package io.returnrouter.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.spi.carrier.TrackingMilestone;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TransitionsTest {

    @Test
    void theHappyPathOfADropOffReturnIsAllowedStepByStep() {
        ReturnStatus[] path = {ReturnStatus.QUOTED, ReturnStatus.CONFIRMED, ReturnStatus.LABEL_CREATED,
                ReturnStatus.HANDED_IN, ReturnStatus.AT_HUB, ReturnStatus.IN_LINEHAUL, ReturnStatus.RECEIVED,
                ReturnStatus.INSPECTED, ReturnStatus.REFUND_STARTED};
        for (int i = 1; i < path.length; i++) {
            assertThat(Transitions.allows(path[i - 1], path[i])).as(path[i - 1] + " -> " + path[i]).isTrue();
        }
    }

    @Test
    void nothingGoesBackwardsAndFinalStatusesLeadNowhere() {
        assertThat(Transitions.allows(ReturnStatus.RECEIVED, ReturnStatus.HANDED_IN)).isFalse();
        assertThat(Transitions.allows(ReturnStatus.AT_HUB, ReturnStatus.HANDED_IN)).isFalse();
        assertThat(Transitions.allows(ReturnStatus.HANDED_IN, ReturnStatus.CANCELLED)).isFalse();
        assertThat(Transitions.allows(ReturnStatus.PICKUP_BOOKED, ReturnStatus.EXPIRED)).isFalse();
        for (ReturnStatus status : EnumSet.of(ReturnStatus.CANCELLED, ReturnStatus.EXPIRED,
                ReturnStatus.REFUND_STARTED, ReturnStatus.EXCHANGE_SHIPPED, ReturnStatus.STORE_CREDIT_ISSUED)) {
            assertThat(Transitions.next(status)).as(status.name()).isEmpty();
            assertThat(Transitions.isFinal(status)).isTrue();
        }
    }

    @Test
    void aRefusedStepNamesTheCurrentStatusAndWhatMayFollow() {
        assertThatThrownBy(() -> Transitions.check(ReturnStatus.CONFIRMED, ReturnStatus.INSPECTED))
                .isInstanceOf(TransitionNotAllowedException.class)
                .hasMessageContaining("the return is CONFIRMED")
                .hasMessageContaining("LABEL_CREATED");
    }

    @Test
    void milestonesMapToStatusesAndUnknownOnesToNone() {
        assertThat(Transitions.of(TrackingMilestone.DELIVERED)).contains(ReturnStatus.RECEIVED);
        assertThat(Transitions.of(TrackingMilestone.AT_HUB)).contains(ReturnStatus.AT_HUB);
        assertThat(Transitions.of(TrackingMilestone.UNKNOWN)).isEmpty();
        assertThat(Transitions.of(TrackingMilestone.ANNOUNCED)).isEmpty();
    }

    @Test
    void everyStatusHasARowInTheTable() {
        for (ReturnStatus status : ReturnStatus.values()) {
            assertThat(Transitions.next(status)).isNotNull();
        }
        assertThat(Transitions.reportedByShop()).contains(ReturnStatus.INSPECTED).doesNotContain(ReturnStatus.HANDED_IN);
    }
}
