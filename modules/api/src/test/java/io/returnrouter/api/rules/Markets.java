package io.returnrouter.api.rules;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.rules.CustomsStatus;
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

/** A market like the Netherlands: 14-day withdrawal, refund within 14 days, three exemptions. */
final class Markets {

    static final ShopPolicy POLICY = new ShopPolicy(30, EnumSet.allOf(FirstMileMode.class),
            Set.of("BEAUTY_HYGIENE", "FOOD"), Map.of(FirstMileMode.HOME_PICKUP, 495L), true, true, 14, 2);

    static final MarketDefinition NL = new MarketDefinition("NL", "Netherlands", Currency.getInstance("EUR"),
            List.of("nl"), new LegalFloor(WithdrawalClock.RECEIPT_OF_LAST_GOODS, 14, 14, 14,
            "Directive 2011/83/EU", Set.of("BEAUTY_HYGIENE", "CUSTOM_MADE", "FOOD")),
            CustomsStatus.EU_CUSTOMS_UNION, 0, POLICY, new PickupCalendar(Set.of(), Set.of()));

    private Markets() {
    }
}
