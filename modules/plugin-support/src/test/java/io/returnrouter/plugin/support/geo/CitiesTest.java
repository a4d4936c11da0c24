package io.returnrouter.plugin.support.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.plugin.support.DataFileException;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

class CitiesTest {

    @Test
    void holdsTheElevenMarketsLargestFirst() {
        Cities cities = Cities.all();

        assertThat(cities.list()).hasSize(3563);
        assertThat(cities.list()).extracting(City::countryCode).containsOnly(
                "NL", "BE", "DE", "FR", "SE", "DK", "NO", "FI", "GB", "CH", "PL");
        assertThat(cities.inCountry("NO").get(0).name()).isEqualTo("Oslo");
        assertThat(cities.require("NL", "Venlo").population()).isEqualTo(92_403);
        assertThat(cities.require("PL", "Poznań").point().latitude()).isEqualTo(52.40692);
        assertThat(cities.inCountry("AT")).isEmpty();
    }

    @Test
    void keepsTheGeoNamesAttributionNextToTheData() throws Exception {
        try (var in = Cities.class.getResourceAsStream("CITIES-ATTRIBUTION.txt")) {
            assertThat(in).isNotNull();
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).contains("GeoNames", "Creative Commons Attribution 4.0");
        }
    }

    @Test
    void parsesQuotedNamesWithCommasAndNamesTheBadLine() throws Exception {
        List<City> parsed = Cities.parse("c.csv", new BufferedReader(new StringReader(
                "country,name,lat,lon,population\nES,\"Sant Pere, Santa Caterina\",41.3845,2.18152,22856\n")));
        assertThat(parsed.get(0).name()).isEqualTo("Sant Pere, Santa Caterina");

        assertThatThrownBy(() -> Cities.parse("c.csv", new BufferedReader(new StringReader(
                "country,name,lat,lon,population\nNL,\"X\",91.0,5.0,20000\n"))))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("c.csv: field line 2 is invalid (latitude must be within [-90, 90]");
    }

    @Test
    void slugsAreAsciiIds() {
        assertThat(Cities.all().require("PL", "Poznań").slug()).isEqualTo("poznan");
        assertThat(Cities.all().require("SE", "Malmö").slug()).isEqualTo("malmo");
        assertThat(Cities.all().require("CH", "Zürich").slug()).isEqualTo("zurich");
        assertThat(Cities.all().require("DK", "Copenhagen").slug()).isEqualTo("copenhagen");
    }

    @Test
    void anOffsetPlaceStaysInTheCitysCountryAtTheRequestedDistance() {
        City venlo = Cities.all().require("NL", "Venlo");
        var moved = venlo.offset(3_000, 4_000);

        assertThat(moved.countryCode()).isEqualTo("NL");
        assertThat(venlo.point().greatCircleMetersTo(moved.point())).isBetween(4_950L, 5_050L);
    }
}
