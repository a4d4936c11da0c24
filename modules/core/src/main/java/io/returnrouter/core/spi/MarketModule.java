package io.returnrouter.core.spi;

import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.RefundDeadline;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A market plug-in (one country). Implementations are found with {@link java.util.ServiceLoader}:
 * list the class in {@code META-INF/services/io.returnrouter.core.spi.MarketModule}.
 */
public interface MarketModule {

    /** ISO 3166-1 alpha-2 code, e.g. "DE". */
    String countryCode();

    Currency currency();

    /** The default rules of the market; shops may tighten them but not below the legal floor. */
    MarketRules defaultRules();

    /** The country's English name, for listings; the code when a module does not say. */
    default String displayName() {
        return countryCode();
    }

    /** Languages customers are served in (ISO 639-1), the most used first. */
    default List<String> languages() {
        return List.of();
    }

    /**
     * The statutory deadline to refund a withdrawn purchase, for the refund-deadline alert; empty
     * where the law sets none (only the shop's voluntary policy applies).
     */
    default Optional<RefundDeadline> refundDeadline() {
        return Optional.empty();
    }

    /** The market's key rules, one line each, for listings such as the CLI's {@code markets}. */
    default List<String> keyFacts() {
        return List.of();
    }
}
