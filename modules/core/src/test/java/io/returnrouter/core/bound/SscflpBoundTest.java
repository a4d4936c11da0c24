package io.returnrouter.core.bound;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.sscflp.RandomSscflpInstances;
import io.returnrouter.core.sscflp.SscflpInstance;
import io.returnrouter.core.sscflp.SscflpMapping;
import io.returnrouter.core.sscflp.SscflpParser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bound on the facility-location benchmark mapped onto the production model: never above a
 * proven optimum, and close enough to it to be worth reporting. The instances are the shipped
 * 50-customer ones (Holmberg p1–p24, OR-Library p1–p24, copied into the test resources with
 * their optima); the bound runs to convergence, capped at a number of iterations (no clock).
 */
class SscflpBoundTest {

    private static final int MAX_ITERATIONS = 3_000;

    static Stream<Arguments> shippedInstances() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String set : List.of("holmberg", "orlib-small")) {
            for (String line : resource(set + "/optima.csv").lines().skip(1).toList()) {
                String[] fields = line.split(",");
                cases.add(Arguments.of(set, fields[0], new BigDecimal(fields[3])));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("shippedInstances")
    void neverAboveTheProvenOptimumAndWithinTwoPercentOfIt(String set, String name, BigDecimal optimum)
            throws IOException {
        SscflpInstance instance = SscflpParser.parse(name, resource(set + "/" + name + ".txt"));
        long optimumScaled = optimum.movePointRight(instance.costDecimals()).longValueExact();
        LagrangianBound bound = LagrangianBound.of(SscflpMapping.toPlan(instance));

        // optima.csv rounds OR-Library's optima to cents; the true optimum may lie up to half a cent above
        long roundingSlack = BigDecimal.ONE.movePointLeft(optimum.scale()).movePointRight(instance.costDecimals())
                .longValueExact() / 2;

        long cents = bound.improve(() -> optimumScaled, () -> bound.iterations() >= MAX_ITERATIONS);

        assertThat(cents).isLessThanOrEqualTo(optimumScaled + roundingSlack);
        assertThat((double) cents).isGreaterThanOrEqualTo(optimumScaled * 0.98);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void tinyInstancesBoundedByTheirBruteForceOptimum(long seed) {
        SscflpInstance instance = RandomSscflpInstances.generate("tiny" + seed, seed, 3, 8);
        long optimum = RandomSscflpInstances.bruteForceOptimum(instance);
        LagrangianBound bound = LagrangianBound.of(SscflpMapping.toPlan(instance));

        long cents = bound.improve(() -> optimum, () -> bound.iterations() >= MAX_ITERATIONS);

        assertThat(cents).isLessThanOrEqualTo(optimum);
        assertThat((double) cents).isGreaterThanOrEqualTo(optimum * 0.9);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SscflpBoundTest.class.getResourceAsStream("/sscflp/" + path)) {
            if (in == null) {
                throw new IOException("test resource /sscflp/" + path + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
