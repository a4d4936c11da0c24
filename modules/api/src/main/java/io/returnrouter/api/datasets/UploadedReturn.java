package io.returnrouter.api.datasets;

import io.returnrouter.api.returns.ReturnRequestDto;
import java.util.List;

/**
 * A return of an uploaded file with where it came from, so every problem is reported at its line
 * ("line 7") or JSON position ("returns[6]"), and each item at its own.
 */
record UploadedReturn(ReturnRequestDto dto, String where, List<String> itemWhere, boolean flatColumns) {

    /**
     * Where a problem with a field of this return is: its item's line or position for item
     * fields, else the return's. CSV files name customer columns without "customer.".
     */
    String locate(String field) {
        if (field.startsWith("items[")) {
            int end = field.indexOf(']');
            int index = Integer.parseInt(field.substring("items[".length(), end));
            String rest = field.substring(end + 1).replaceFirst("^\\.", "");
            if (index < itemWhere.size()) {
                return itemWhere.get(index) + (rest.isEmpty() ? "" : ": " + rest);
            }
        }
        String column = flatColumns ? field.replaceFirst("^customer\\.", "") : field;
        return where + ": " + column;
    }
}
