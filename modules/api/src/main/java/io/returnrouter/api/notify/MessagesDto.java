package io.returnrouter.api.notify;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** A return's customer texts, one per event that has one, oldest first. */
@JsonbPropertyOrder({"returnId", "language", "marketLanguages", "messages"})
public record MessagesDto(String returnId, String language, List<String> marketLanguages, List<EventMessageDto> messages) {

    @JsonbPropertyOrder({"eventId", "type", "occurredAt", "title", "text"})
    public record EventMessageDto(String eventId, String type, Instant occurredAt, String title, String text) {
    }
}
