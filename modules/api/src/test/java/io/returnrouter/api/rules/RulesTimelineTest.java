package io.returnrouter.api.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.markets.support.PolicyMarketRules;
import io.returnrouter.markets.support.ShopPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTimelineTest {

    private static RulesTimeline.Version version(int number, LocalDate from, int window) {
        ShopPolicy policy = Markets.POLICY.withReturnWindowDays(window);
        return new RulesTimeline.Version(number, from, Instant.EPOCH, "test", policy,
                new PolicyMarketRules(Markets.NL, policy));
    }

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    @Test
    void theHighestVersionAlreadyEffectiveIsInForce() {
        RulesTimeline timeline = new RulesTimeline("NL", List.of(version(2, DEC_1, 60),
                version(1, LocalDate.of(1970, 1, 1), 30)));

        assertThat(timeline.inForceOn(DEC_1.minusDays(1)).orElseThrow().version()).isEqualTo(1);
        assertThat(timeline.inForceOn(DEC_1).orElseThrow().version()).isEqualTo(2);
        assertThat(timeline.inForceOn(DEC_1).orElseThrow().rules().returnWindowDays()).isEqualTo(60);
        assertThat(timeline.latest().orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aNewerVersionSupersedesAnOlderOneScheduledLater() {
        RulesTimeline timeline = new RulesTimeline("NL", List.of(version(1, LocalDate.of(1970, 1, 1), 30),
                version(2, DEC_1.plusDays(10), 60), version(3, DEC_1, 45)));

        assertThat(timeline.inForceOn(DEC_1.minusDays(1)).orElseThrow().version()).isEqualTo(1);
        assertThat(timeline.inForceOn(DEC_1).orElseThrow().version()).isEqualTo(3);
        assertThat(timeline.inForceOn(DEC_1.plusDays(20)).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void beforeTheFirstVersionNothingIsInForce() {
        RulesTimeline timeline = new RulesTimeline("NL", List.of(version(1, DEC_1, 30)));

        assertThat(timeline.inForceOn(DEC_1.minusDays(1))).isEmpty();
        assertThat(timeline.version(1)).isPresent();
        assertThat(timeline.version(2)).isEmpty();
    }
}
