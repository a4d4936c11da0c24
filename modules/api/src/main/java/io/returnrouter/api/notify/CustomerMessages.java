package io.returnrouter.api.notify;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.CurrencyAmount;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.returnrouter.core.notify.EventType;
import java.text.Format;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The customer texts of every event in the languages ReturnRouter speaks, from ICU MessageFormat
 * bundles ({@code customer_<lang>.properties} beside this class): plurals, dates and money are
 * formatted by ICU in the customer's locale, never concatenated. Each event has a
 * {@code <type>.title} and a {@code <type>.text}, keyed by the event's wire name.
 */
public final class CustomerMessages {

    /** The languages with a bundle; a market's other languages fall back to its next one, then English. */
    public static final List<String> LANGUAGES = List.of("nl", "fr", "de", "sv", "da", "nb", "fi", "pl", "en");
    static final String BUNDLE = "io.returnrouter.api.notify.customer";
    private static final String FALLBACK = "en";

    private CustomerMessages() {
    }

    /**
     * The language to write in: the requested one if there is a bundle for it, else the first of
     * the market's languages that has one, else English. Norwegian Nynorsk customers read Bokmål.
     */
    public static String language(String requested, List<String> marketLanguages) {
        if (requested != null && LANGUAGES.contains(normalise(requested))) {
            return normalise(requested);
        }
        return marketLanguages.stream().map(CustomerMessages::normalise).filter(LANGUAGES::contains).findFirst()
                .orElse(FALLBACK);
    }

    private static String normalise(String language) {
        String l = language.toLowerCase(Locale.ROOT);
        return l.equals("nn") || l.equals("no") ? "nb" : l;
    }

    public static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                CustomerMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The event's text in the language (one of {@link #LANGUAGES}). */
    public static CustomerMessage render(EventType type, String language, MessageArgs args) {
        ResourceBundle bundle = bundle(language);
        ULocale locale = ULocale.forLanguageTag(language);
        Map<String, Object> values = arguments(args);
        return new CustomerMessage(type.wireName(), language,
                format(bundle.getString(type.wireName() + ".title"), locale, values),
                format(bundle.getString(type.wireName() + ".text"), locale, values));
    }

    static String format(String pattern, ULocale locale, Map<String, Object> values) {
        MessageFormat format = new MessageFormat(pattern, locale);
        // Dates are calendar days: format them at UTC midnight so no time zone shifts the day.
        for (Format f : format.getFormats()) {
            if (f instanceof com.ibm.icu.text.DateFormat dateFormat) {
                dateFormat.setTimeZone(TimeZone.GMT_ZONE);
            }
        }
        return format.format(values);
    }

    static Map<String, Object> arguments(MessageArgs a) {
        Map<String, Object> values = new HashMap<>();
        values.put("shop", a.shop());
        values.put("returnId", a.returnId());
        values.put("hasDate", a.date() != null ? "yes" : "no");
        values.put("date", a.date() == null ? new Date(0)
                : Date.from(a.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
        values.put("hasAmount", a.amount() != null && a.currency() != null ? "yes" : "no");
        values.put("amount", a.amount() != null && a.currency() != null
                ? new CurrencyAmount(a.amount(), com.ibm.icu.util.Currency.getInstance(a.currency().getCurrencyCode()))
                : new CurrencyAmount(0, com.ibm.icu.util.Currency.getInstance("EUR")));
        values.put("days", Optional.ofNullable(a.days()).orElse(0));
        values.put("late", Optional.ofNullable(a.late()).orElse("other"));
        values.put("result", Optional.ofNullable(a.result()).orElse("other"));
        return values;
    }
}
