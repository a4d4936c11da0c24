package io.returnrouter.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.SmallNetwork;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.LegalGuarantee;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.scenario.ScenarioChange.OverrideMarketRules;

import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.Optional;

class OverriddenMarketRulesTest {

    private static final LegalGuarantee GUARANTEE = new LegalGuarantee(36, "Konsumentköplagen (2022:260)");
    private static final Currency SEK = Currency.getInstance("SEK");

    /** A market whose consumer law and fee currency a scenario does not touch. */
    private static final MarketRules WITH_LAW = new MarketRules() {
        private final MarketRules plain = SmallNetwork.germany();

        @Override public String countryCode() { return plain.countryCode(); }
        @Override public int returnWindowDays() { return plain.returnWindowDays(); }
        @Override public int legalMinimumWindowDays() { return plain.legalMinimumWindowDays(); }
        @Override public boolean allowsMode(FirstMileMode mode) { return plain.allowsMode(mode); }
        @Override public boolean isReturnable(String category) { return plain.isReturnable(category); }
        @Override public long customerFeeCents(FirstMileMode mode) { return plain.customerFeeCents(mode); }
        @Override public int maxDaysToWarehouse() { return plain.maxDaysToWarehouse(); }
        @Override public CustomsStatus customsStatus() { return plain.customsStatus(); }
        @Override public long customsCostPerParcelCents() { return 0; }
        @Override public String withdrawalLegalBasis() { return "Distansavtalslagen"; }
        @Override public Optional<LegalGuarantee> legalGuarantee() { return Optional.of(GUARANTEE); }
        @Override public boolean exemptOnlyWhenUnsealed(String category) { return category.equals("BEAUTY_HYGIENE"); }
        @Override public Currency feeCurrency() { return SEK; }
    };

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
