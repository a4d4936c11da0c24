package io.returnrouter.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.List;

class CostAllocationTest {

    @Test
    void splitsByWeightAndGivesLeftoverCentsToTheLargestRemainders() {
        assertThat(CostAllocation.split(100, List.of(1L, 1L, 1L))).containsExactly(34, 33, 33);
        assertThat(CostAllocation.split(1_000, List.of(1L, 3L))).containsExactly(250, 750);
        assertThat(CostAllocation.split(10, List.of(2L, 1L))).containsExactly(7, 3);
    }

    @Test
    void splitsEquallyWhenAllWeightsAreZero() {
        assertThat(CostAllocation.split(9, List.of(0L, 0L, 0L))).containsExactly(3, 3, 3);
        assertThat(CostAllocation.split(5, List.of())).isEmpty();
    }
}
