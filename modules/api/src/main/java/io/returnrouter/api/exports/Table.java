package io.returnrouter.api.exports;

import java.util.List;

/**
 * What an export holds, independent of its file format: a header and rows of plain values
 * (String, Number or null), so CSV and XLSX say exactly the same.
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
