package io.returnrouter.core.sscflp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

class SscflpParserTest {

    @Test
    void readsFacilitiesCustomersAndCostsFacilityMajor() {
        SscflpInstance instance = SscflpParser.parse("tiny", "2 3\n10 100\n20 200\n4 5 6\n1 2 3\n7 8 9\n");

        assertThat(instance.capacities()).containsExactly(10, 20);
        assertThat(instance.fixedCosts()).containsExactly(100, 200);
        assertThat(instance.demands()).containsExactly(4, 5, 6);
        assertThat(instance.costs()[0]).containsExactly(1, 2, 3);
        assertThat(instance.costs()[1]).containsExactly(7, 8, 9);
    }

    @Test
    void keepsFractionalCostsExactByScaling() {
        SscflpInstance instance = SscflpParser.parse("frac", "1 2\n15000.0 7500.0\n146. 87.\n3204.8625 1.5\n");

        assertThat(instance.costDecimals()).isEqualTo(4);
        assertThat(instance.costs()[0]).containsExactly(32_048_625, 15_000);
        assertThat(instance.objective(new int[] {0, 0})).isEqualTo(75_000_000 + 32_048_625 + 15_000);
        assertThat(instance.toInstanceUnits(instance.objective(new int[] {0, 0})))
                .isEqualByComparingTo(new BigDecimal("10706.3625"));
    }

    @Test
    void endsTheInstanceAtNulPadding() {
        SscflpInstance instance = SscflpParser.parse("padded", "1 1\n5 5\n1\n2\n\0\0\0 39. 336.");

        assertThat(instance.costs()[0]).containsExactly(2);
    }

    @Test
    void rejectsAWrongNumberOfValues() {
        assertThatThrownBy(() -> SscflpParser.parse("short", "2 3\n10 100\n20 200\n4 5 6\n1 2 3\n"))
                .isInstanceOf(SscflpFormatException.class)
                .hasMessage("short: expected 15 numbers for 2 facilities and 3 customers, found 12");
    }

    @Test
    void rejectsTextWhereANumberBelongs() {
        assertThatThrownBy(() -> SscflpParser.parse("text", "1 1\n5 five\n1\n2\n"))
                .isInstanceOf(SscflpFormatException.class)
                .hasMessageContaining("number 4 is not a number: \"five\"");
    }

    @Test
    void rejectsNegativeValuesAndBadHeaders() {
        assertThatThrownBy(() -> SscflpParser.parse("neg", "1 1\n5 -5\n1\n2\n"))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> SscflpParser.parse("head", "x 1\n"))
                .hasMessageContaining("number of facilities must be a whole number");
        assertThatThrownBy(() -> SscflpParser.parse("empty", "   \n"))
                .hasMessageContaining("empty file");
    }
}
