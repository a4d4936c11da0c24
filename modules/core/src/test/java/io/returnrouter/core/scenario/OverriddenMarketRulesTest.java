package io.returnrouter.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.LawfulMarket;
import io.returnrouter.core.SmallNetwork;
import io.returnrouter.core.rules.LegalGuarantee;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.scenario.ScenarioChange.OverrideMarketRules;

import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.Set;

class OverriddenMarketRulesTest {

    private static final LegalGuarantee GUARANTEE = new LegalGuarantee(36, "Konsumentköplagen (2022:260)");
    private static final Currency SEK = Currency.getInstance("SEK");

    /** A market whose consumer law and fee currency a scenario does not touch. */
    private static final MarketRules WITH_LAW = new LawfulMarket(SmallNetwork.germany(), "Distansavtalslagen",
            GUARANTEE, Set.of("BEAUTY_HYGIENE"), SEK);

    @Test
    void aScenarioThatShortensTheWindowKeepsTheMarketsConsumerLawAndFeeCurrency() {
        MarketRules varied = new OverriddenMarketRules(WITH_LAW,
                new OverrideMarketRules("DE", 14, null, null, null, null, null));

        assertThat(varied.returnWindowDays()).isEqualTo(14);
        assertThat(varied.legalGuarantee()).contains(GUARANTEE);
        assertThat(varied.withdrawalLegalBasis()).isEqualTo("Distansavtalslagen");
        assertThat(varied.exemptOnlyWhenUnsealed("BEAUTY_HYGIENE")).isTrue();
        assertThat(varied.feeCurrency()).isEqualTo(SEK);
    }
}
