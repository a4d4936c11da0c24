package io.returnrouter.api.rules;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.LegalGuarantee;
import io.returnrouter.markets.support.LegalFloor;
import io.returnrouter.markets.support.MarketDefinition;
import io.returnrouter.markets.support.PickupCalendar;
import io.returnrouter.markets.support.ShopPolicy;
import io.returnrouter.markets.support.WithdrawalClock;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A market like the Netherlands: 14-day withdrawal, refund within 14 days, three exemptions, a 24-month guarantee. */
final class Markets {

    static final ShopPolicy POLICY = new ShopPolicy(30, EnumSet.allOf(FirstMileMode.class),
            Set.of("BEAUTY_HYGIENE", "FOOD"), Map.of(FirstMileMode.HOME_PICKUP, 495L), true, true, 14, 2, 24,
            Currency.getInstance("EUR"));

    static final MarketDefinition NL = new MarketDefinition("NL", "Netherlands", Currency.getInstance("EUR"),
            List.of("nl"), new LegalFloor(WithdrawalClock.RECEIPT_OF_LAST_GOODS, 14, 14, 14,
            "Directive 2011/83/EU", Set.of("BEAUTY_HYGIENE", "CUSTOM_MADE", "FOOD"),
            new LegalGuarantee(24, "Directive (EU) 2019/771 Art. 10"), Set.of("BEAUTY_HYGIENE")),
            CustomsStatus.EU_CUSTOMS_UNION, 0, POLICY, new PickupCalendar(Set.of(), Set.of()));

    private Markets() {
    }
}
