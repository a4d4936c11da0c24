package io.returnrouter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The plug-in commands through Main, with the real modules on the CLI's class path. */
class PluginCommandsTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void marketsListsEveryMarketWithItsLaw() {
        Run run = run("markets");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("11 market modules on the class path")
                .contains("DE  Germany  EUR", "NO  Norway  NOK", "CH  Switzerland  CHF", "GB  United Kingdom  GBP")
                .contains("law: 14-day withdrawal (from receipt of the last goods) + 14 days to send back, refund within 14 days")
                .contains("law: 14-day withdrawal (from the day after delivery)")
                .contains("law: no statutory withdrawal right")
                .contains("customs: outside the EU customs union, EUR 15.00 per parcel crossing alone");
    }

    @Test
    void carriersListsEveryCarrierWithItsLimits() {
        Run run = run("carriers");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("7 carrier modules on the class path")
                .contains("LOCKER points in DE: 60x35x35 cm, 31.5 kg")
                .contains("inpost-locker-a (DROP_OFF, PL): 64x38x8 cm, 25 kg")
                .contains("postnord-return-service-point (DROP_OFF, DK/FI/SE): length <= 150 cm, length+girth <= 300 cm, 20 kg")
                .contains("NO->NO NOK <=5 kg 55.00")
                .contains("SE->SE SEK 425.00/m3 (min 1.0 m3)")
                .containsIgnoringCase("sample list prices");
    }

    @Test
    void generateWritesSeededReturnsAsJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("returns.json");
        Run run = run("generate", "--returns", "25", "--seed", "42", "--out", file.toString());
        Run again = run("generate", "--returns", "25", "--seed", "42");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("wrote 25 returns (seed 42, markets BE,CH,DE,DK,FI,FR,GB,NL,NO,PL,SE)");
        JsonNode written = new ObjectMapper().readTree(Files.readString(file));
        assertThat(written.get("returns")).hasSize(25);
        assertThat(new ObjectMapper().readTree(again.out())).isEqualTo(written);
    }

    @Test
    void generateRefusesBadArgumentsNamingThem() {
        assertThat(run("generate").err()).contains("generate needs --returns N");
        assertThat(run("generate", "--returns", "-3").err()).contains("--returns must be positive, was -3");
        assertThat(run("generate", "--returns", "5", "extra").err()).contains("generate takes only --name value options");
        assertThat(run("markets", "x").exit()).isEqualTo(Main.EXIT_USAGE);
    }

    @Test
    void demoPlanSolvesTheDemoWorldAndSaysWhereParcelsGo() {
        Run run = run("demo-plan", "--returns", "300", "--seed", "42", "--seconds", "2");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("parcels \\d+, rejected returns \\d+, score -?\\d+hard/-\\d+soft")
                .containsPattern("greedy EUR [\\d,.]+ .*saving -?\\d+\\.\\d\\d %")
                .containsPattern("lower bound EUR [\\d,.]+")
                .containsPattern("GB \\w+ via (direct|Manchester consolidation hub) +\\d+ parcels");
    }

    @Test
    void demoPlanRefusesAnAbsurdSize() {
        Run run = run("demo-plan", "--returns", "2000000");

        assertThat(run.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("--returns must be 1 to 1000000");
    }
}
