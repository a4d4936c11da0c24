package io.returnrouter.api.notify;

import io.returnrouter.api.problem.InvalidQueryException;
import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.lifecycle.StatusChange;
import io.returnrouter.core.notify.EventType;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.notify.Progress;
import io.returnrouter.persistence.notify.ProgressStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** The customer texts of a return's events so far, in a language of the caller's choice or the market's. */
@ApplicationScoped
public class ReturnMessages {

    private final ProgressStore progress;
    private final LifecycleStore lifecycle;
    private final EventMessages messages;

    @Inject
    public ReturnMessages(ProgressStore progress, LifecycleStore lifecycle, RoutingWorldSource worlds, Config config) {
        this.progress = progress;
        this.lifecycle = lifecycle;
        this.messages = new EventMessages(worlds.registry(), ShopNames.from(config));
    }

    /** For CDI proxies only. */
    protected ReturnMessages() {
        this.progress = null;
        this.lifecycle = null;
        this.messages = null;
    }

    /** @param shopScope the caller's shop (another shop's return is not found); null for any shop */
    public MessagesDto messages(String returnId, String shopScope, String lang) {
        Progress p = progress.find(returnId).filter(r -> shopScope == null || r.shopId().equals(shopScope))
                .orElseThrow(() -> new NotFoundException("No confirmed return " + returnId + "."));
        List<String> marketLanguages = messages.marketLanguages(p.market());
        String language = Optional.ofNullable(lang).map(l -> l.toLowerCase(Locale.ROOT)).map(l -> {
            if (!CustomerMessages.LANGUAGES.contains(l)) {
                throw new InvalidQueryException(List.of(new Problem.FieldError("lang", "no texts in '" + l
                        + "'; available: " + CustomerMessages.LANGUAGES)));
            }
            return l;
        }).orElseGet(() -> CustomerMessages.language(null, marketLanguages));
        List<MessagesDto.EventMessageDto> out = new ArrayList<>();
        for (StatusChange change : lifecycle.timeline(returnId)) {
            Optional<EventType> type = EventType.forStatus(change.to());
            if (type.isPresent()) {
                CustomerMessage m = messages.statusMessage(type.get(), p, change, language);
                out.add(new MessagesDto.EventMessageDto(change.eventId(), m.type(), change.at(), m.title(), m.text()));
            }
        }
        return new MessagesDto(returnId, language, marketLanguages, out);
    }
}
