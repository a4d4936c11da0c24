package io.returnrouter.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.plugin.support.geo.Cities;
import io.returnrouter.plugin.support.geo.City;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

class ReturnsGeneratorTest {

    private static final Set<String> MARKETS = Set.of("NL", "BE", "DE", "FR", "SE", "DK", "NO", "FI", "GB", "CH", "PL");
    private static final List<CustomerReturn> TWENTY_THOUSAND =
            new ReturnsGenerator(Cities.all(), MARKETS, 7).generate(20_000);

    @Test
    void theSameSeedGivesTheSameReturnsAndAnotherSeedOthers() {
        List<CustomerReturn> again = new ReturnsGenerator(Cities.all(), MARKETS, 7).generate(50);
        List<CustomerReturn> other = new ReturnsGenerator(Cities.all(), MARKETS, 8).generate(50);

        assertThat(again).isEqualTo(TWENTY_THOUSAND.subList(0, 50));
        assertThat(other).isNotEqualTo(again);
        assertThat(again.get(0).id()).isEqualTo("R-7-000001");
    }

    @Test
    void reasonsFollowThePublishedShares() {
        Map<String, Double> shares = share(CustomerReturn::reason);

        assertThat(shares.get("SIZE_TOO_SMALL")).isCloseTo(0.30, within(0.015));
        assertThat(shares.get("SIZE_TOO_LARGE")).isCloseTo(0.22, within(0.015));
        assertThat(shares.get("CHANGED_MIND")).isCloseTo(0.12, within(0.01));
        assertThat(shares.get("STYLE")).isCloseTo(0.08, within(0.01));
        assertThat(shares.get("NOT_AS_DESCRIBED")).isCloseTo(0.05, within(0.01));
        assertThat(shares.get("DEFECTIVE")).isCloseTo(0.05, within(0.01));
        assertThat(shares.get("OTHER")).isCloseTo(0.18, within(0.015));
    }

    @Test
    void sizeReasonsMostlyLeadToExchangesAndChangedMindsToRefunds() {
        List<CustomerReturn> size = TWENTY_THOUSAND.stream().filter(r -> r.reason().startsWith("SIZE_")).toList();
        List<CustomerReturn> changedMind = TWENTY_THOUSAND.stream().filter(r -> r.reason().equals("CHANGED_MIND")).toList();

        assertThat(fraction(size, Outcome.EXCHANGE)).isCloseTo(0.70, within(0.02));
        assertThat(fraction(changedMind, Outcome.REFUND)).isCloseTo(0.85, within(0.03));
        assertThat(fraction(changedMind, Outcome.EXCHANGE)).isZero();
    }

    @Test
    void customersLiveAroundCitiesInProportionToPopulation() {
        long total = Cities.all().list().stream().mapToLong(City::population).sum();
        long german = Cities.all().inCountry("DE").stream().mapToLong(City::population).sum();
        long norwegian = Cities.all().inCountry("NO").stream().mapToLong(City::population).sum();
        Map<String, Double> markets = share(CustomerReturn::marketCountry);

        assertThat(markets.get("DE")).isCloseTo((double) german / total, within(0.015));
        assertThat(markets.get("NO")).isCloseTo((double) norwegian / total, within(0.005));
        assertThat(TWENTY_THOUSAND).allSatisfy(r -> {
            City nearest = Cities.all().inCountry(r.marketCountry()).stream()
                    .min(java.util.Comparator.comparingLong(c -> c.point().greatCircleMetersTo(r.customerLocation().point())))
                    .orElseThrow();
            assertThat(nearest.point().greatCircleMetersTo(r.customerLocation().point())).isLessThan(25_000);
        });
    }

    @Test
    void theProductMixHasParcelsBulkyFurnitureAndHazardousElectronics() {
        List<ReturnItem> items = TWENTY_THOUSAND.stream().flatMap(r -> r.items().stream()).toList();
        Map<String, Long> returnsByFirstCategory = TWENTY_THOUSAND.stream()
                .collect(Collectors.groupingBy(r -> r.items().get(0).category(), Collectors.counting()));

        assertThat(returnsByFirstCategory.get("FASHION") / 20_000.0).isCloseTo(0.55, within(0.02));
        assertThat(returnsByFirstCategory.get("FURNITURE") / 20_000.0).isCloseTo(0.10, within(0.01));
        assertThat(items).filteredOn(i -> i.category().equals("ELECTRONICS")).allMatch(ReturnItem::hazardous);
        assertThat(TWENTY_THOUSAND).anySatisfy(r -> assertThat(r.items()).extracting(ReturnItem::sku)
                .contains("SOFA-3S", "CUSHION-45"));
    }

    @Test
    void writesJsonInTheShapeOfTheReturnRequest() throws Exception {
        StringWriter out = new StringWriter();
        ReturnsJson.write(TWENTY_THOUSAND.subList(0, 3), 7, out);

        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("seed").asLong()).isEqualTo(7);
        assertThat(root.get("places").asText()).contains("GeoNames", "CC BY 4.0");
        JsonNode first = root.get("returns").get(0);
        assertThat(first.get("returnId").asText()).isEqualTo("R-7-000001");
        assertThat(first.get("customer").get("postalCode").asText().length()).isLessThanOrEqualTo(16);
        assertThat(first.get("items").get(0).get("weightKg").isNumber()).isTrue();
        assertThat(first.get("outcome").asText()).isIn("REFUND", "EXCHANGE", "STORE_CREDIT");
    }

    private static Map<String, Double> share(Function<CustomerReturn, String> key) {
        return TWENTY_THOUSAND.stream().collect(Collectors.groupingBy(key,
                Collectors.collectingAndThen(Collectors.counting(), n -> n / 20_000.0)));
    }

    private static double fraction(List<CustomerReturn> returns, Outcome outcome) {
        return returns.stream().filter(r -> r.wantedOutcome() == outcome).count() / (double) returns.size();
    }
}
