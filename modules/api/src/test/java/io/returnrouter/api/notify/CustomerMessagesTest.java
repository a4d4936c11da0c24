package io.returnrouter.api.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import io.returnrouter.core.notify.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CustomerMessagesTest {

    private static final Set<String> ARGUMENTS = Set.of("shop", "returnId", "date", "hasDate", "amount", "hasAmount",
            "days", "late", "result");

    static List<String> languages() {
        return CustomerMessages.LANGUAGES;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyBundleHasATitleAndATextForEveryEventAndNothingElse(String language) {
        ResourceBundle bundle = CustomerMessages.bundle(language);
        Set<String> expected = new HashSet<>();
        for (EventType type : EventType.values()) {
            expected.add(type.wireName() + ".title");
            expected.add(type.wireName() + ".text");
        }
        assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
        assertThat(bundle.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyPatternUsesOnlyKnownArgumentsAndEveryRenderingFillsThemAll(String language) {
        ResourceBundle bundle = CustomerMessages.bundle(language);
        for (String key : bundle.keySet()) {
            MessagePattern pattern = new MessagePattern(bundle.getString(key));
            for (int i = 0; i < pattern.countParts(); i++) {
                MessagePattern.Part part = pattern.getPart(i);
                if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                    assertThat(ARGUMENTS).as(language + " " + key).contains(pattern.getSubstring(part));
                }
            }
        }
        MessageArgs full = MessageArgs.of("Nordic Home", "R-77").withDate(LocalDate.of(2026, 12, 4))
                .withAmount(new BigDecimal("1234.50"), Currency.getInstance("EUR")).withDays(3).withLate("HUB")
                .withResult("ACCEPTED");
        MessageArgs bare = MessageArgs.of("Nordic Home", "R-77");
        for (EventType type : EventType.values()) {
            for (MessageArgs args : List.of(full, bare)) {
                CustomerMessage message = CustomerMessages.render(type, language, args);
                assertThat(message.title() + message.text()).as(language + " " + type)
                        .doesNotContain("{").doesNotContain("}").doesNotContainPattern("\\bnull\\b");
                assertThat(message.text()).as(language + " " + type).contains("R-77");
            }
        }
    }

    @Test
    void datesMoneyAndPluralsFollowTheLocale() {
        MessageArgs refund = MessageArgs.of("Nordic Home", "R-1").withDate(LocalDate.of(2026, 12, 4))
                .withAmount(new BigDecimal("1234.50"), Currency.getInstance("EUR"));
        assertThat(CustomerMessages.render(EventType.REFUND_STARTED, "de", refund).text())
                .contains("4. Dezember 2026").contains("1.234,50\u00a0€");
        assertThat(CustomerMessages.render(EventType.REFUND_STARTED, "en", refund).text())
                .contains("December 4, 2026").contains("€1,234.50");
        MessageArgs sek = refund.withAmount(new BigDecimal("499"), Currency.getInstance("SEK"));
        assertThat(CustomerMessages.render(EventType.REFUND_STARTED, "sv", sek).text()).contains("499,00\u00a0kr");

        MessageArgs received = MessageArgs.of("Sklep", "R-2");
        assertThat(CustomerMessages.render(EventType.DELAYED, "pl", received.withDays(1).withLate("HUB")).text())
                .contains("1 dzień");
        assertThat(CustomerMessages.render(EventType.DELAYED, "pl", received.withDays(3).withLate("HUB")).text())
                .contains("3 dni");
        assertThat(CustomerMessages.render(EventType.RECEIVED, "nl", received.withDays(1)).text()).contains("1 dag ");
        assertThat(CustomerMessages.render(EventType.RECEIVED, "nl", received.withDays(2)).text()).contains("2 dagen");
    }

    @Test
    void theLanguageIsTheRequestedOneOrTheMarketsFirstWithATextOrEnglish() {
        assertThat(CustomerMessages.language("fr", List.of("nl", "fr", "de"))).isEqualTo("fr");
        assertThat(CustomerMessages.language(null, List.of("nl", "fr", "de"))).isEqualTo("nl");
        assertThat(CustomerMessages.language("it", List.of("de", "fr", "it"))).isEqualTo("de");
        assertThat(CustomerMessages.language(null, List.of("nn", "en"))).isEqualTo("nb");
        assertThat(CustomerMessages.language(null, List.of())).isEqualTo("en");
    }
}
