package io.returnrouter.api.datasets;

import io.returnrouter.api.problem.Problem.FieldError;
import io.returnrouter.api.returns.CustomerDto;
import io.returnrouter.api.returns.ItemDto;
import io.returnrouter.api.returns.ReturnRequestDto;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a returns file in CSV (RFC 4180, comma-separated, UTF-8, with the header {@link #HEADER}):
 * one line per item; consecutive lines with the same returnId are one return, whose return-level
 * columns are taken from its first line. Empty optional cells are absent values. Every cell that
 * cannot be read is reported with its line and column; nothing is guessed.
 */
final class ReturnsCsv {

    /** Optional column: whether the item's seal is intact (needed for hygiene goods returned by withdrawal). */
    static final String OPTIONAL_SEALED = "sealed";

    static final List<String> HEADER = List.of("returnId", "shopId", "market", "lat", "lon", "postalCode", "country",
            "deliveredOn", "requestedOn", "reason", "outcome", "preferredMode", "sku", "category", "lengthCm",
            "widthCm", "heightCm", "weightKg", "valueEur", "hazardous");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();

    /** The returns read, and what could not be read (then the returns are not to be stored). */
    record Result(List<UploadedReturn> returns, List<FieldError> errors) {
    }

    private ReturnsCsv() {
    }

    static Result read(Reader csv) throws IOException {
        List<FieldError> errors = new ArrayList<>();
        List<UploadedReturn> returns = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(csv)) {
            List<String> missing = HEADER.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                errors.add(new FieldError("line 1", "the header lacks " + String.join(", ", missing)
                        + "; it must name the columns " + String.join(",", HEADER)));
                return new Result(List.of(), errors);
            }
            Map<String, String> seenAt = new HashMap<>();
            Group group = null;
            for (CSVRecord record : parser) {
                String where = "line " + parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    errors.add(new FieldError(where, "has " + record.size() + " cells; the header has " + HEADER.size()));
                    continue;
                }
                Cells cells = new Cells(record, where, errors);
                String returnId = record.get("returnId");
                if (group == null || !group.returnId.equals(returnId)) {
                    if (group != null) {
                        returns.add(group.toReturn());
                    }
                    String earlier = seenAt.putIfAbsent(returnId, where);
                    if (earlier != null && !returnId.isEmpty()) {
                        errors.add(new FieldError(where + ": returnId", "return " + returnId + " already ended on "
                                + "an earlier line (it started on " + earlier + "); the lines of one return must follow each other"));
                    }
                    group = new Group(returnId, where, returnHead(cells));
                }
                group.items.add(item(cells));
                group.itemWhere.add(where);
            }
            if (group != null) {
                returns.add(group.toReturn());
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // commons-csv reports malformed quoting this way, naming the line
            errors.add(new FieldError("file", "is not valid CSV: " + e.getMessage()));
        }
        if (returns.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("file", "holds no returns below its header"));
        }
        return new Result(returns, errors);
    }

    private static ReturnRequestDto returnHead(Cells c) {
        CustomerDto customer = CustomerDto.at(c.decimal("lat"), c.decimal("lon"), c.text("postalCode"), c.text("country"));
        return new ReturnRequestDto(c.text("returnId"), c.text("shopId"), c.text("market"), customer,
                c.date("deliveredOn"), c.date("requestedOn"), c.text("reason"), c.text("outcome"),
                c.text("preferredMode"), List.of(), null, null);
    }

    private static ItemDto item(Cells c) {
        return new ItemDto(c.text("sku"), c.text("category"), c.decimal("lengthCm"), c.decimal("widthCm"),
                c.decimal("heightCm"), c.decimal("weightKg"), c.decimal("valueEur"), c.bool("hazardous"),
                c.record().isMapped(OPTIONAL_SEALED) ? c.bool(OPTIONAL_SEALED) : null, null);
    }

    /** The lines of one return as they are read. */
    private static final class Group {
        final String returnId;
        final String where;
        final ReturnRequestDto head;
        final List<ItemDto> items = new ArrayList<>();
        final List<String> itemWhere = new ArrayList<>();

        Group(String returnId, String where, ReturnRequestDto head) {
            this.returnId = returnId;
            this.where = where;
            this.head = head;
        }

        UploadedReturn toReturn() {
            ReturnRequestDto r = head;
            return new UploadedReturn(new ReturnRequestDto(r.returnId(), r.shopId(), r.market(), r.customer(),
                    r.deliveredOn(), r.requestedOn(), r.reason(), r.outcome(), r.preferredMode(), List.copyOf(items), null, null),
                    where, List.copyOf(itemWhere), true);
        }
    }

    /** Typed cells of one line; a cell that does not read is recorded as an error and read as absent. */
    private record Cells(CSVRecord record, String where, List<FieldError> errors) {

        String text(String column) {
            String value = record.get(column);
            return value.isEmpty() ? null : value;
        }

        BigDecimal decimal(String column) {
            return parse(column, BigDecimal::new, "must be a number such as 12.5");
        }

        LocalDate date(String column) {
            return parse(column, LocalDate::parse, "must be a date such as 2026-11-15");
        }

        Boolean bool(String column) {
            return parse(column, v -> switch (v) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(v);
            }, "must be true, false or empty");
        }

        private <T> T parse(String column, Function<String, T> reader, String expected) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return reader.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(new FieldError(where + ": " + column, expected + ", was '" + value + "'"));
                return null;
            }
        }
    }
}
