package io.returnrouter.core.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClaimTest {

    private static final Bucket HUB = new Bucket(CapacityKind.HUB, "HUB-1", LocalDate.of(2026, 12, 2));

    @Test
    void theLastParcelFitsAndTheNextDoesNot() {
        Claim claim = new Claim(HUB, 100, 3, 1_000);

        assertThat(claim.fitsBeside(2, 900)).isTrue();
        assertThat(claim.fitsBeside(3, 0)).isFalse();
        assertThat(claim.fitsBeside(0, 901)).isFalse();
    }

    @Test
    void anUnlimitedBucketNeverOverflows() {
        Claim claim = new Claim(HUB, Long.MAX_VALUE / 2, Claim.UNLIMITED_PARCELS, Claim.UNLIMITED_VOLUME);

        assertThat(claim.fitsBeside(1_000_000, Long.MAX_VALUE / 2)).isTrue();
    }
}
