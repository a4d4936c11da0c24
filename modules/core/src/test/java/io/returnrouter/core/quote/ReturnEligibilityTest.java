package io.returnrouter.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.LawfulMarket;
import io.returnrouter.core.SmallNetwork;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.model.SealState;
import io.returnrouter.core.money.Money;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.LegalGuarantee;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.StandardMarketRules;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

class ReturnEligibilityTest {

    private static final String DIRECTIVE = "Directive 2019/771 Art. 10";
    private static final String WITHDRAWAL = "Directive 2011/83/EU Art. 9-16";

    /** A 14-day market that excludes hygiene goods (sealed only) and food, with a 24-month guarantee. */
    private static final MarketRules RULES = new LawfulMarket(new StandardMarketRules("DE", 14, 14,
            EnumSet.allOf(FirstMileMode.class), Set.of("BEAUTY_HYGIENE", "FOOD"), Map.of(FirstMileMode.HOME_PICKUP, 495L),
            10, CustomsStatus.EU_CUSTOMS_UNION, 0), WITHDRAWAL, new LegalGuarantee(24, DIRECTIVE),
            Set.of("BEAUTY_HYGIENE"), Money.EUR);

    private static ReturnItem item(String category, SealState seal) {
        return new ReturnItem("SKU-" + category, category, new Dimensions(20, 10, 10), 500, 1_000, false, seal);
    }

    private static CustomerReturn ret(String reason, int daysSinceDelivery, ReturnItem item) {
        return new CustomerReturn("R-1", "SHOP-1", "DE", SmallNetwork.CUSTOMER,
                SmallNetwork.MONDAY.minusDays(daysSinceDelivery), SmallNetwork.MONDAY, List.of(item), reason,
                Outcome.REFUND, Optional.empty());
    }

    @Test
    void aDefectiveItemAfterTheWindowIsAcceptedUnderTheGuaranteeAndTheSellerPays() {
        ReturnEligibility.Decision decision = ReturnEligibility.decide(ret("DEFECTIVE", 35,
                item("ELECTRONICS", SealState.NOT_STATED)), RULES);

        assertThat(decision.rejected()).isEmpty();
        assertThat(decision.ground().kind()).isEqualTo(ReturnGround.Kind.LEGAL_GUARANTEE);
        assertThat(decision.ground().legalBasis()).isEqualTo(DIRECTIVE);
        assertThat(decision.ground().sellerPays()).isTrue();
        assertThat(decision.ground().lastDay()).isEqualTo(SmallNetwork.MONDAY.minusDays(35).plusMonths(24));
    }

    @Test
    void aGuaranteeClaimIsNeitherRefusedByTheHygieneExemptionNorAsksForTheSeal() {
        CustomerReturn opened = ret("NOT_AS_DESCRIBED", 3, item("BEAUTY_HYGIENE", SealState.NOT_STATED));

        assertThat(ReturnEligibility.decide(opened, RULES).rejected()).isEmpty();
        assertThat(ReturnEligibility.itemsNeedingSealState(opened, RULES)).isEmpty();
    }

    @Test
    void aClaimAfterTheGuaranteeIsRejectedNamingItsLegalBasis() {
        Rejection rejection = ReturnEligibility.decide(ret("DEFECTIVE", 800, item("ELECTRONICS", SealState.NOT_STATED)),
                RULES).rejection();

        assertThat(rejection.rule()).isEqualTo(RejectionRule.OUTSIDE_LEGAL_GUARANTEE);
        assertThat(rejection.legalBasis()).isEqualTo(DIRECTIVE);
    }

    @Test
    void aChangeOfMindAfterTheWindowIsRejectedNamingTheWithdrawalLaw() {
        Rejection rejection = ReturnEligibility.decide(ret("CHANGED_MIND", 35, item("ELECTRONICS", SealState.NOT_STATED)),
                RULES).rejection();

        assertThat(rejection.rule()).isEqualTo(RejectionRule.OUTSIDE_RETURN_WINDOW);
        assertThat(rejection.legalBasis()).isEqualTo(WITHDRAWAL);
    }

    @Test
    void sealedHygieneGoodsAreReturnableAndOpenedOnesAreNot() {
        ReturnEligibility.Decision sealed = ReturnEligibility.decide(ret("CHANGED_MIND", 3,
                item("BEAUTY_HYGIENE", SealState.SEALED)), RULES);
        Rejection opened = ReturnEligibility.decide(ret("CHANGED_MIND", 3, item("BEAUTY_HYGIENE", SealState.OPENED)),
                RULES).rejection();

        assertThat(sealed.rejected()).isEmpty();
        assertThat(sealed.ground().kind()).isEqualTo(ReturnGround.Kind.WITHDRAWAL);
        assertThat(sealed.ground().sellerPays()).isFalse();
        assertThat(opened.rule()).isEqualTo(RejectionRule.UNSEALED_AFTER_DELIVERY);
        assertThat(opened.legalBasis()).isEqualTo(WITHDRAWAL);
    }

    @Test
    void onlyItemsWhoseExemptionDependsOnTheSealMustStateIt() {
        CustomerReturn hygiene = ret("CHANGED_MIND", 3, item("BEAUTY_HYGIENE", SealState.NOT_STATED));
        CustomerReturn food = ret("CHANGED_MIND", 3, item("FOOD", SealState.NOT_STATED));

        assertThat(ReturnEligibility.itemsNeedingSealState(hygiene, RULES)).containsExactly(0);
        assertThat(ReturnEligibility.itemsNeedingSealState(food, RULES)).isEmpty();
        assertThat(ReturnEligibility.decide(food, RULES).rejection().rule())
                .isEqualTo(RejectionRule.NON_RETURNABLE_CATEGORY);
    }
}
