package io.returnrouter.api.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.api.problem.Problem.FieldError;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Returns files: lines of one return are grouped, every unreadable cell is named by line and column. */
class ReturnsCsvTest {

    static final String HEADER = String.join(",", ReturnsCsv.HEADER) + "\n";

    @Test
    void consecutiveLinesOfAReturnBecomeItsItems() throws Exception {
        ReturnsCsv.Result read = ReturnsCsv.read(new StringReader(HEADER
                + "R-1,shop,DE,52.52,13.40,10115,DE,2026-11-15,,SIZE_TOO_SMALL,REFUND,,SKU-1,FASHION,30,20,5,0.5,20,\n"
                + "R-1,shop,DE,52.52,13.40,10115,DE,2026-11-15,,SIZE_TOO_SMALL,REFUND,,SKU-2,FASHION,30,20,5,0.7,25,false\n"
                + "\"R-2\",shop,NL,52.37,4.89,1012,NL,2026-11-16,2026-11-18,DEFECTIVE,EXCHANGE,DROP_OFF_POINT,SKU-3,HOME,40,30,20,2,15,true\n"));

        assertThat(read.errors()).isEmpty();
        assertThat(read.returns()).hasSize(2);
        UploadedReturn first = read.returns().get(0);
        assertThat(first.dto().items()).hasSize(2);
        assertThat(first.itemWhere()).containsExactly("line 2", "line 3");
        assertThat(first.dto().requestedOn()).isNull();
        assertThat(first.dto().items().get(1).weightKg()).isEqualByComparingTo(new BigDecimal("0.7"));
        assertThat(read.returns().get(1).dto().preferredMode()).isEqualTo("DROP_OFF_POINT");
        assertThat(read.returns().get(1).dto().items().get(0).hazardous()).isTrue();
    }

    @Test
    void unreadableCellsAreReportedAtTheirLineAndColumn() throws Exception {
        ReturnsCsv.Result read = ReturnsCsv.read(new StringReader(HEADER
                + "R-1,shop,DE,52.52,13.40,10115,DE,15.11.2026,,SIZE_TOO_SMALL,REFUND,,SKU-1,FASHION,30,20,5,heavy,20,\n"
                + "R-2,shop,DE,52.52,13.40,10115,DE\n"));

        assertThat(read.errors()).extracting(FieldError::field)
                .containsExactly("line 2: deliveredOn", "line 2: weightKg", "line 3");
    }

    @Test
    void aReturnSplitAcrossTheFileIsRefused() throws Exception {
        String line = ",shop,DE,52.52,13.40,10115,DE,2026-11-15,,SIZE_TOO_SMALL,REFUND,,SKU-1,FASHION,30,20,5,1,20,\n";
        ReturnsCsv.Result read = ReturnsCsv.read(new StringReader(HEADER + "R-1" + line + "R-2" + line + "R-1" + line));

        assertThat(read.errors()).extracting(FieldError::field).containsExactly("line 4: returnId");
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        ReturnsCsv.Result read = ReturnsCsv.read(new StringReader("returnId,shopId\nR-1,shop\n"));

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("line 1");
            assertThat(e.message()).contains("market").contains("weightKg");
        });
    }

    @Test
    void itemFieldsAreLocatedAtTheItemsLine() {
        UploadedReturn r = new UploadedReturn(null, "line 2", java.util.List.of("line 2", "line 3"), true);

        assertThat(r.locate("items[1].weightKg")).isEqualTo("line 3: weightKg");
        assertThat(r.locate("customer.lat")).isEqualTo("line 2: lat");
        assertThat(r.locate("market")).isEqualTo("line 2: market");
    }
}
