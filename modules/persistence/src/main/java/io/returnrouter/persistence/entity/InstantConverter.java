package io.returnrouter.persistence.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Jakarta Persistence 3.1 has no mapping for {@link Instant} (EclipseLink would serialise it into
 * a blob). Instants are stored as SQL TIMESTAMP; the server runs in UTC (config/jvm.options) so the
 * stored wall-clock value is UTC.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
