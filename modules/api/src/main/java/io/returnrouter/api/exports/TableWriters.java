package io.returnrouter.api.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a {@link Table} as CSV (Apache Commons CSV) or XLSX (FastExcel), streaming to the response. */
public final class TableWriters {

    private TableWriters() {
    }

    /** RFC 4180 CSV in UTF-8, numbers with a decimal point whatever the server's locale. */
    public static void csv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = CSVFormat.RFC4180.builder()
                .setHeader(table.header().toArray(String[]::new)).get().print(writer)) {
            for (var row : table.rows()) {
                printer.printRecord(row);
            }
        }
    }

    /** One worksheet named after the table; numbers are numeric cells, so a spreadsheet can sum them. */
    public static void xlsx(Table table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "ReturnRouter", "1.0");
        Worksheet sheet = workbook.newWorksheet(table.name());
        for (int c = 0; c < table.header().size(); c++) {
            sheet.value(0, c, table.header().get(c));
            sheet.style(0, c).bold().set();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            var row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    sheet.value(r + 1, c, number);
                } else if (value != null) {
                    sheet.value(r + 1, c, value.toString());
                }
            }
        }
        workbook.finish();
    }
}
