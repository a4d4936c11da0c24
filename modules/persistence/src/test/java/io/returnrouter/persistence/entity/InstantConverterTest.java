package io.returnrouter.persistence.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void roundTripKeepsTheInstantToTheNanosecond() {
        Instant instant = Instant.parse("2026-11-22T13:30:33.123456789Z");

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant))).isEqualTo(instant);
    }

    @Test
    void nullStaysNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
