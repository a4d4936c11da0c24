package io.returnrouter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sscflpPrintsExactlyOneJsonLineWithTheInstancesObjectiveAndItsLowerBound(@TempDir Path dir)
            throws IOException {
        // Facility 1 is cheap to open; serving both customers there costs 10 + 1 + 2 = 13, and the
        // bound proves it: no assignment costs less.
        Path file = Files.writeString(dir.resolve("two.txt"), "2 2\n10 10\n10 50\n3 4\n1 2\n1 1\n");

        int exit = run("sscflp", "--seconds", "1", "--seed", "1", file.toString());

        assertThat(exit).isZero();
        assertThat(stdout().lines()).hasSize(1);
        assertThat(stdout().strip()).matches(
                "\\{\"instance\":\"two\",\"cost\":13,\"feasible\":true,\"seconds\":[0-9.]+,\"greedyCost\":13,"
                        + "\"lowerBound\":13,\"gapToBoundPercent\":0.000}");
    }

    @Test
    void aMalformedFileExitsNonZeroWithAClearMessage(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.txt"), "2 2\n10 10\n");

        int exit = run("sscflp", "--seconds", "1", file.toString());

        assertThat(exit).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("error: bad: expected 12 numbers for 2 facilities and 2 customers, found 4");
    }

    @Test
    void aMissingFileIsReported(@TempDir Path dir) {
        int exit = run("sscflp", dir.resolve("none.txt").toString());

        assertThat(exit).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(stderr()).contains("no such file");
    }

    @Test
    void moveThreadsSolveTheSameInstanceOrAreRefusedWithTheUsage(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("two.txt"), "2 2\n10 10\n10 50\n3 4\n1 2\n1 1\n");

        assertThat(run("sscflp", "--seconds", "1", "--move-threads", "2", file.toString())).isZero();
        assertThat(stdout()).contains("\"cost\":13,\"feasible\":true");
        assertThat(run("sscflp", "--move-threads", "many", file.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(stderr()).contains("--move-threads must be NONE, AUTO or a number");
    }

    @Test
    void wrongUsageExitsWithTheUsage() {
        assertThat(run("sscflp", "--seconds", "zero", "x.txt")).isEqualTo(Main.EXIT_USAGE);
        assertThat(stderr()).contains("--seconds must be a whole number", "usage:");
        assertThat(run("frobnicate")).isEqualTo(Main.EXIT_USAGE);
        assertThat(run()).isEqualTo(Main.EXIT_USAGE);
    }

    @Test
    void suitePrintsATableWithTheGapToTheOptimum(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("two.txt"), "2 2\n10 10\n10 50\n3 4\n1 2\n1 1\n");
        Files.writeString(dir.resolve("optima.csv"), "instance,facilities,customers,optimal_cost\ntwo,2,2,13\n");

        int exit = run("sscflp-suite", "--seconds", "1", dir.toString());

        assertThat(exit).isZero();
        assertThat(stdout()).contains("instance", "gap%").containsPattern("two\\s+13\\s+13\\s+0.000\\s+true");
        assertThat(stdout()).contains("instances=1 infeasible=0 meanGap%=0.000 maxGap%=0.000");
    }
}
