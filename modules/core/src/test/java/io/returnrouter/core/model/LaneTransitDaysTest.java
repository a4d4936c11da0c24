package io.returnrouter.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

class LaneTransitDaysTest {

    private static final Lane DOMESTIC = new Lane("NO", "NO");
    private static final Lane CUSTOMS = new Lane("NO", "NL");

    @Test
    void aLaneTakesItsOwnTransitDaysWhereTheCarrierPublishesThem() {
        Tariff tariff = new Tariff(Map.of(DOMESTIC, List.of(new TariffBand(5_000, 500)),
                CUSTOMS, List.of(new TariffBand(5_000, 1_500))), 0, Map.of(CUSTOMS, 4));
        CarrierService service = new CarrierService("RET", "CARRIER", ServiceMode.DROP_OFF, Set.of("NO"),
                new SizeLimits(120, 300, 31_500), false, tariff, 1, 0, 0);

        assertThat(service.transitDays(CUSTOMS)).isEqualTo(4);
        assertThat(service.transitDays(DOMESTIC)).isEqualTo(1);
    }

    @Test
    void refusesNegativeTransitDays() {
        assertThatThrownBy(() -> new Tariff(Map.of(DOMESTIC, List.of(new TariffBand(5_000, 500))), 0,
                Map.of(DOMESTIC, -1))).isInstanceOf(IllegalArgumentException.class);
    }
}
