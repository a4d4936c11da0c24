package io.returnrouter.api.notify;

import io.returnrouter.core.lifecycle.StatusChange;
import io.returnrouter.core.notify.EventType;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.core.spi.ModuleRegistry;
import io.returnrouter.persistence.notify.Progress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customer text of one event of one return: which facts the event's text needs (the hand-in
 * day, the expected arrival, the refund's amount...) taken from the return's progress and what the
 * reporter said, in the language asked for or the market's.
 */
public final class EventMessages {

    private final ModuleRegistry registry;
    private final ShopNames shops;

    public EventMessages(ModuleRegistry registry, ShopNames shops) {
        this.registry = registry;
        this.shops = shops;
    }

    /** The languages of the return's market, most used first. */
    public List<String> marketLanguages(String market) {
        return registry == null ? List.of() : registry.market(market).map(MarketModule::languages).orElse(List.of());
    }

    /** The language the return's texts are in: the market's first with texts (webhook payloads use it). */
    public String languageOf(Progress p) {
        return CustomerMessages.language(null, marketLanguages(p.market()));
    }

    public CustomerMessage statusMessage(EventType type, Progress p, StatusChange change, String language) {
        return CustomerMessages.render(type, language, statusArgs(type, p, change.details(), Expectations.day(change.at())));
    }

    public CustomerMessage alertMessage(EventType type, Progress p, LocalDate date, long days, String late, String language) {
        MessageArgs args = MessageArgs.of(shops.of(p.shopId()), p.returnId()).withDate(date)
                .withDays((int) Math.min(Integer.MAX_VALUE, days)).withLate(late);
        return CustomerMessages.render(type, language, args);
    }

    MessageArgs statusArgs(EventType type, Progress p, Map<String, Object> details, LocalDate on) {
        MessageArgs args = MessageArgs.of(shops.of(p.shopId()), p.returnId());
        return switch (type) {
            case CONFIRMED, LABEL_CREATED -> args.withDate(p.plannedHandIn());
            case IN_TRANSIT -> args.withDate(Expectations.warehouse(p).orElse(null));
            case RECEIVED -> args.withDays(inspectionDays(p.market()));
            case INSPECTED -> args.withResult(text(details, "outcome").or(() -> text(details, "result")).orElse(null));
            case REFUND_STARTED, EXCHANGE_SHIPPED, STORE_CREDIT_ISSUED -> withAmount(args.withDate(on), details, p.market());
            default -> args;
        };
    }

    private int inspectionDays(String market) {
        return registry == null ? 1 : registry.market(market).map(m -> m.defaultRules().inspectionDays()).orElse(1);
    }

    /** {@code amount} (a decimal, or cents as {@code amountCents}) and {@code currency}, else the market's. */
    private MessageArgs withAmount(MessageArgs args, Map<String, Object> details, String market) {
        Optional<BigDecimal> amount = text(details, "amount").flatMap(EventMessages::decimal);
        Optional<String> currencyCode = text(details, "currency");
        Currency currency;
        try {
            currency = currencyCode.map(Currency::getInstance)
                    .orElseGet(() -> registry == null ? null : registry.market(market).map(MarketModule::currency).orElse(null));
        } catch (IllegalArgumentException unknownCurrency) {
            return args;
        }
        if (amount.isEmpty()) {
            amount = text(details, "amountCents").flatMap(EventMessages::decimal)
                    .filter(c -> currency != null).map(c -> c.movePointLeft(currency.getDefaultFractionDigits()));
        }
        return amount.isPresent() && currency != null ? args.withAmount(amount.get(), currency) : args;
    }

    private static Optional<String> text(Map<String, Object> details, String key) {
        Object value = details == null ? null : details.get(key);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    private static Optional<BigDecimal> decimal(String value) {
        try {
            return Optional.of(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
