package io.returnrouter.markets.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.plugin.support.DataFile;
import io.returnrouter.plugin.support.DataFileException;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class MarketDefinitionReaderTest {

    private static MarketDefinition read(String resource) {
        return MarketDefinitionReader.read(DataFile.read(MarketDefinitionReaderTest.class, resource));
    }

    @Test
    void readsAValidFileAndDerivesTheRouteDeadlineFromTheRefundPeriod() {
        MarketDefinition market = read("valid-market.json");

        assertThat(market.countryCode()).isEqualTo("AT");
        assertThat(market.maxDaysToWarehouse(market.defaultPolicy())).isEqualTo(14 - 2);
        assertThat(market.floor().lastWithdrawalDay(List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5))))
                .as("counted from the last of the goods").isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(market.floor().lastSendBackDay(List.of(LocalDate.of(2026, 3, 5)))).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void aDefaultPolicyBelowTheFloorStopsTheModuleNamingFileAndField() {
        assertThatThrownBy(() -> read("below-floor-market.json"))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("io/returnrouter/markets/support/below-floor-market.json: field "
                        + "shopPolicy.returnWindowDays breaks the legal floor: returnWindowDays 7 is below the statutory "
                        + "14-day withdrawal period");
    }

    @Test
    void aWrongValueIsReportedWithItsDottedPath() {
        assertThatThrownBy(() -> read("bad-currency-market.json"))
                .hasMessage("io/returnrouter/markets/support/bad-currency-market.json: field currency must be an ISO "
                        + "4217 code, was \"EURO\"");
        assertThatThrownBy(() -> read("bad-holiday-market.json"))
                .hasMessage("io/returnrouter/markets/support/bad-holiday-market.json: field publicHolidays.fixed[1] "
                        + "must be MM-DD, was \"12/25\"");
    }

    @Test
    void customsChargesInsideTheUnionAreInconsistent() {
        assertThatThrownBy(() -> read("customs-inside-union-market.json"))
                .hasMessageContaining("field countryCode is inconsistent: market AT is inside the EU customs union");
    }
}
