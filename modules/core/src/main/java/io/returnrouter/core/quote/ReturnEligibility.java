package io.returnrouter.core.quote;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.model.SealState;
import io.returnrouter.core.rules.LegalGuarantee;
import io.returnrouter.core.rules.MarketRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the market's law and the shop's policy let a return in, and on what ground. A claim
 * that the goods are faulty or not as described is a non-conformity, not a withdrawal: it follows
 * the legal guarantee, is never refused by the withdrawal window or its exemptions, and is free
 * for the customer. Every other reason follows the withdrawal rules.
 */
public final class ReturnEligibility {

    /** Either the ground the return is accepted on, or the rejection. */
    public record Decision(ReturnGround ground, Rejection rejection) {

        public Optional<Rejection> rejected() {
            return Optional.ofNullable(rejection);
        }
    }

    private ReturnEligibility() {
    }

    public static Decision decide(CustomerReturn ret, MarketRules rules) {
        Optional<LegalGuarantee> guarantee = rules.legalGuarantee();
        if (ret.claimsNonConformity() && guarantee.isPresent()) {
            return underGuarantee(ret, rules, guarantee.get());
        }
        return underWithdrawal(ret, rules);
    }

    /**
     * The items whose seal state decides whether they may be returned and was not stated: the
     * request must say it, as the answer would otherwise be a guess.
     */
    public static List<Integer> itemsNeedingSealState(CustomerReturn ret, MarketRules rules) {
        List<Integer> missing = new ArrayList<>();
        if (ret.claimsNonConformity() && rules.legalGuarantee().isPresent()) {
            return missing;
        }
        for (int i = 0; i < ret.items().size(); i++) {
            ReturnItem item = ret.items().get(i);
            if (item.seal() == SealState.NOT_STATED && !rules.isReturnable(item.category())
                    && rules.exemptOnlyWhenUnsealed(item.category())) {
                missing.add(i);
            }
        }
        return missing;
    }

    private static Decision underGuarantee(CustomerReturn ret, MarketRules rules, LegalGuarantee guarantee) {
        LocalDate last = guarantee.lastClaimDay(ret.deliveredOn());
        if (ret.requestedOn().isAfter(last)) {
            return rejected(new Rejection(ret.id(), RejectionRule.OUTSIDE_LEGAL_GUARANTEE, "claimed "
                    + ret.daysSinceDelivery() + " days after delivery; the legal guarantee in " + rules.countryCode()
                    + " covers " + guarantee.months() + " months, until " + last, guarantee.legalBasis()));
        }
        return new Decision(new ReturnGround(ReturnGround.Kind.LEGAL_GUARANTEE, guarantee.legalBasis(), last, true),
                null);
    }

    private static Decision underWithdrawal(CustomerReturn ret, MarketRules rules) {
        int window = rules.effectiveReturnWindowDays();
        String basis = rules.withdrawalLegalBasis();
        if (ret.daysSinceDelivery() > window) {
            return rejected(new Rejection(ret.id(), RejectionRule.OUTSIDE_RETURN_WINDOW, "requested "
                    + ret.daysSinceDelivery() + " days after delivery; the window in " + rules.countryCode() + " is "
                    + window + " days", basis));
        }
        for (ReturnItem item : ret.items()) {
            if (rules.isReturnable(item.category())) {
                continue;
            }
            if (!rules.exemptOnlyWhenUnsealed(item.category())) {
                return rejected(new Rejection(ret.id(), RejectionRule.NON_RETURNABLE_CATEGORY, "item " + item.sku()
                        + " of category " + item.category() + " cannot be returned in " + rules.countryCode(), basis));
            }
            if (item.seal() != SealState.SEALED) {
                return rejected(new Rejection(ret.id(), RejectionRule.UNSEALED_AFTER_DELIVERY, "item " + item.sku()
                        + " of category " + item.category() + " was " + (item.seal() == SealState.OPENED
                        ? "unsealed after delivery" : "not stated to be sealed") + ": sealed goods of this category "
                        + "cannot be returned once unsealed, for health and hygiene reasons", basis));
            }
        }
        return new Decision(new ReturnGround(ReturnGround.Kind.WITHDRAWAL, basis,
                ret.deliveredOn().plusDays(window), false), null);
    }

    private static Decision rejected(Rejection rejection) {
        return new Decision(null, rejection);
    }
}
