package io.returnrouter.core.sscflp;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the whitespace-separated SSCFLP format: "m n", m lines "capacity fixed_cost", n demands,
 * then m x n assignment costs, facility-major.
 */
public final class SscflpParser {

    private static final int MAX_SIZE = 100_000;

    private SscflpParser() {
    }

    public static SscflpInstance parse(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        return parse(name, Files.readString(file, StandardCharsets.US_ASCII));
    }

    public static SscflpInstance parse(String name, String text) {
        // Files of the public collection are padded with NUL bytes, and in one of them (Holmberg
        // p47) stray bytes of another file follow the padding: the instance ends at the first NUL.
        int end = text.indexOf('\0');
        String content = end < 0 ? text : text.substring(0, end);
        String[] tokens = content.strip().split("\\s+");
        if (tokens.length < 2 || tokens[0].isEmpty()) {
            throw new SscflpFormatException(name + ": empty file, expected \"m n\" on the first line");
        }
        int m = count(name, tokens[0], "number of facilities");
        int n = count(name, tokens[1], "number of customers");
        long expected = 2L + 2L * m + n + (long) m * n;
        if (tokens.length != expected) {
            throw new SscflpFormatException(name + ": expected " + expected + " numbers for " + m + " facilities and "
                    + n + " customers, found " + tokens.length);
        }
        BigDecimal[] values = new BigDecimal[tokens.length];
        for (int k = 2; k < tokens.length; k++) {
            values[k] = number(name, tokens[k], k);
        }
        List<BigDecimal> quantities = new ArrayList<>();
        List<BigDecimal> costs = new ArrayList<>();
        int k = 2;
        for (int i = 0; i < m; i++) {
            quantities.add(values[k++]);
            costs.add(values[k++]);
        }
        for (int j = 0; j < n; j++) {
            quantities.add(values[k++]);
        }
        for (int t = 0; t < m * n; t++) {
            costs.add(values[k++]);
        }
        int quantityDecimals = decimals(quantities);
        int costDecimals = decimals(costs);

        long[] capacities = new long[m];
        long[] fixed = new long[m];
        long[] demands = new long[n];
        long[][] assignment = new long[m][n];
        k = 2;
        for (int i = 0; i < m; i++) {
            capacities[i] = scaled(name, values[k++], quantityDecimals);
            fixed[i] = scaled(name, values[k++], costDecimals);
        }
        for (int j = 0; j < n; j++) {
            demands[j] = scaled(name, values[k++], quantityDecimals);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                assignment[i][j] = scaled(name, values[k++], costDecimals);
            }
        }
        return new SscflpInstance(name, capacities, fixed, demands, assignment, costDecimals, quantityDecimals);
    }

    private static int count(String name, String token, String what) {
        try {
            int value = Integer.parseInt(token);
            if (value <= 0 || value > MAX_SIZE) {
                throw new SscflpFormatException(name + ": " + what + " must be between 1 and " + MAX_SIZE + ", was "
                        + token);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new SscflpFormatException(name + ": " + what + " must be a whole number, was \"" + token + "\"", e);
        }
    }

    private static BigDecimal number(String name, String token, int position) {
        try {
            BigDecimal value = new BigDecimal(token);
            if (value.signum() < 0) {
                throw new SscflpFormatException(name + ": number " + (position + 1) + " is negative: " + token);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new SscflpFormatException(name + ": number " + (position + 1) + " is not a number: \"" + token
                    + "\"", e);
        }
    }

    private static int decimals(List<BigDecimal> values) {
        int decimals = 0;
        for (BigDecimal value : values) {
            decimals = Math.max(decimals, Math.max(0, value.stripTrailingZeros().scale()));
        }
        if (decimals > 6) {
            throw new SscflpFormatException("more than 6 decimals are not supported, found " + decimals);
        }
        return decimals;
    }

    private static long scaled(String name, BigDecimal value, int decimals) {
        BigInteger unscaled = value.movePointRight(decimals).toBigIntegerExact();
        if (unscaled.bitLength() > 62) {
            throw new SscflpFormatException(name + ": number too large: " + value);
        }
        return unscaled.longValueExact();
    }
}
