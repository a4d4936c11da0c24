package io.returnrouter.plugin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;

class DataNodeTest {

    private static DataNode parse(String json) {
        return DataFile.parse("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTypedFieldsOfNestedObjects() {
        DataNode root = parse("""
                { // comments are allowed, so data can cite its source
                  "name": "x", "days": 14, "price": "7.25",
                  "day": "monday", "items": [{"n": 1}, {"n": 2}], "tags": ["a", "b"]
                }""");

        assertThat(root.text("name")).isEqualTo("x");
        assertThat(root.integer("days", 0, 365)).isEqualTo(14);
        assertThat(root.decimal("price", BigDecimal.ZERO)).isEqualByComparingTo("7.25");
        assertThat(root.enumValue("day", DayOfWeek.class)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(root.objects("items")).extracting(n -> n.integer("n", 0, 9)).containsExactly(1, 2);
        assertThat(root.texts("tags")).containsExactly("a", "b");
    }

    @Test
    void aMissingFieldNamesTheFileAndTheDottedPath() {
        DataNode root = parse("{\"policy\": {\"other\": 1}}");

        assertThatThrownBy(() -> root.object("policy").integer("returnWindowDays", 0, 365))
                .isInstanceOf(DataFileException.class)
                .hasMessage("test.json: field policy.returnWindowDays is missing")
                .satisfies(e -> assertThat(((DataFileException) e).field()).isEqualTo("policy.returnWindowDays"));
    }

    @Test
    void aValueOutOfRangeOrOfTheWrongTypeIsRefusedWithItsValue() {
        DataNode root = parse("{\"days\": -1, \"name\": 3, \"items\": [{\"n\": \"x\"}], \"day\": \"Funday\"}");

        assertThatThrownBy(() -> root.integer("days", 0, 365)).hasMessage(
                "test.json: field days must be within [0, 365], was -1");
        assertThatThrownBy(() -> root.text("name")).hasMessage("test.json: field name must be a non-blank string, was 3");
        assertThatThrownBy(() -> root.objects("items").get(0).integer("n", 0, 9)).hasMessage(
                "test.json: field items[0].n must be a whole number, was \"x\"");
        assertThatThrownBy(() -> root.enumValue("day", DayOfWeek.class)).hasMessageContaining(
                "field day must be one of [MONDAY");
    }

    @Test
    void decimalsAreExactAndNeverBelowTheirMinimum() {
        DataNode root = parse("{\"a\": \"0.1\", \"b\": \"-0.01\", \"c\": \"abc\"}");

        assertThat(root.decimal("a", BigDecimal.ZERO)).isEqualTo(new BigDecimal("0.1"));
        assertThatThrownBy(() -> root.decimal("b", BigDecimal.ZERO)).hasMessage(
                "test.json: field b must be at least 0, was -0.01");
        assertThatThrownBy(() -> root.decimal("c", BigDecimal.ZERO)).hasMessageContaining("must be a decimal number");
    }

    @Test
    void invalidJsonAndDuplicateKeysAreRefusedWithTheFileName() {
        assertThatThrownBy(() -> parse("{\"a\": 1,, }")).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("test.json: is not valid JSON");
        assertThatThrownBy(() -> parse("{\"a\": 1, \"a\": 2}")).hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> parse("[1]")).hasMessage("test.json: must hold one JSON object");
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> DataFile.read(DataNodeTest.class, "nope.json"))
                .hasMessage("io/returnrouter/plugin/support/nope.json: not found on the class path");
    }
}
