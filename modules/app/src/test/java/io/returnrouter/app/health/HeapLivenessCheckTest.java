package io.returnrouter.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapLivenessCheckTest {

    @Test
    void aliveBelowTheThreshold() {
        assertThat(HeapLivenessCheck.isAlive(940, 1000)).isTrue();
    }

    @Test
    void notAliveAtTheThreshold() {
        assertThat(HeapLivenessCheck.isAlive(950, 1000)).isFalse();
    }

    @Test
    void aliveWhenTheJvmReportsNoLimit() {
        assertThat(HeapLivenessCheck.isAlive(950, -1)).isTrue();
    }
}
