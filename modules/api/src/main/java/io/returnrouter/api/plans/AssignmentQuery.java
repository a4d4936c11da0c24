package io.returnrouter.api.plans;

import io.returnrouter.api.problem.InvalidQueryException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.core.model.FirstMileMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The query of {@code GET /api/v1/plans/{id}/assignments}: filters by market, first-mile mode,
 * carrier and where the parcel leaves for the warehouse (a hub's id, or the warehouse's), and a
 * page. Checked as a whole, so one 400 names every wrong parameter.
 */
public record AssignmentQuery(String market, FirstMileMode firstMile, String carrier, String hub, int page,
                              int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    private static final Pattern MARKET = Pattern.compile("[A-Z]{2}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public int offset() {
        return page * size;
    }

    /** The stored assignment's fields these filters compare, by name (StoredAssignment). */
    Map<String, String> storedFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (market != null) {
            fields.put("market", market);
        }
        if (firstMile != null) {
            fields.put("firstMile", firstMile.name());
        }
        if (carrier != null) {
            fields.put("carrier", carrier);
        }
        if (hub != null) {
            fields.put("endId", hub);
        }
        return fields;
    }

    /** Parses the raw query parameters; null or blank means absent. */
    public static AssignmentQuery parse(String market, String firstMile, String carrier, String hub, String page,
                                        String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String parsedMarket = matching("market", market == null ? null : market.trim().toUpperCase(Locale.ROOT),
                MARKET, "an ISO 3166 country code such as NL", errors);
        FirstMileMode parsedMode = null;
        if (firstMile != null && !firstMile.isBlank()) {
            try {
                parsedMode = FirstMileMode.valueOf(firstMile.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("query.firstMile", "must be one of "
                        + Arrays.toString(FirstMileMode.values()) + ", was '" + firstMile + "'"));
            }
        }
        String parsedCarrier = matching("carrier", carrier, ID, "a carrier id such as postnl", errors);
        String parsedHub = matching("hub", hub, ID, "a hub's or warehouse's id such as HUB-MALMO", errors);
        int parsedPage = QueryNumbers.wholeNumber("query.page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int parsedSize = QueryNumbers.wholeNumber("query.size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return new AssignmentQuery(parsedMarket, parsedMode, parsedCarrier, parsedHub, parsedPage, parsedSize);
    }

    private static String matching(String name, String raw, Pattern pattern, String what,
                                   List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (!pattern.matcher(value).matches()) {
            errors.add(new Problem.FieldError("query." + name, "must be " + what + ", was '"
                    + (value.length() > 80 ? value.substring(0, 80) + "…" : value) + "'"));
            return null;
        }
        return value;
    }
}
