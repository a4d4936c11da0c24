package io.returnrouter.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.auth.Roles;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser against the real server: a planner uploads returns, follows the
 * plan to SOLVED, reads KPIs and the map, runs and compares a scenario; a Dutch market manager
 * meets the legal floor at the field and cannot open Germany; an admin reads the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleBrowserIT {

    private static final Duration SOLVE = Duration.ofSeconds(120);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void plannerUploadsReturnsFollowsThePlanReadsKpisAndMapThenComparesAScenario() throws Exception {
        String planner = Http.token("console-planner", List.of(Roles.PLANNER), List.of(), null);
        try (Browser browser = new Browser()) {
            browser.signIn(planner);
            browser.await(d -> d.findElement(By.id("plan-list")));
            browser.screenshot("plans");

            // A file with a wrong line is refused whole, with the line named.
            upload(browser, csv(6, true), 2);
            String errors = browser.await(d -> d.findElement(By.id("upload-errors"))).getText();
            assertThat(errors).contains("line 4: weightKg");
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("#/plans/");
            browser.screenshot("upload-errors");

            upload(browser, csv(40, false), 3);
            browser.await(d -> d.getCurrentUrl().contains("#/plans/"));
            String planId = browser.driver.getCurrentUrl().replaceAll(".*#/plans/", "");
            browser.await(d -> d.findElement(By.id("plan-status")).getText().equals("SOLVED"), SOLVE);
            String verdict = browser.await(d -> d.findElement(By.id("verdict"))).getText();
            assertThat(verdict).contains("40 returns").contains("against the greedy baseline");
            assertThat(browser.driver.findElements(By.cssSelector("#kpi-table tbody tr"))).hasSizeGreaterThanOrEqualTo(6);
            browser.await(d -> !d.findElements(By.cssSelector("#assignments tbody tr")).isEmpty());
            browser.screenshot("plan");

            // The filters ask the server: the count is of the whole plan, not of the page shown.
            assertThat(browser.driver.findElement(By.id("assignments-range")).getText()).endsWith("of 40");
            new Select(browser.driver.findElement(By.id("filter-market"))).selectByValue("SE");
            browser.await(d -> d.findElement(By.id("assignments-range")).getText().endsWith("of 10"));
            assertThat(browser.driver.findElements(By.cssSelector("#assignments tbody tr"))).hasSize(10)
                    .allSatisfy(row -> assertThat(row.findElements(By.tagName("td")).get(2).getText()).isEqualTo("SE"));
            new Select(browser.driver.findElement(By.id("filter-market"))).selectByValue("FI");
            browser.await(d -> d.findElement(By.id("assignments-range")).getText().equals("none"));

            browser.open("map?plan=" + planId);
            long flows = browser.await(d -> {
                Long drawn = (Long) browser.js("return document.querySelector('#map .leaflet-overlay-pane canvas') "
                        + "? Number(document.querySelector('#map .leaflet-container, #map.leaflet-container').dataset.flows || 0) : 0");
                return drawn > 0 ? drawn : null;
            });
            assertThat(flows).isPositive();
            assertThat(browser.driver.findElement(By.id("map-info")).getText()).contains("40 parcels");
            browser.screenshot("map");

            String datasetId = Http.json(Http.get("/api/v1/plans/" + planId, Http.as(planner))).getString("datasetId");
            browser.open("scenarios");
            browser.await(d -> d.findElement(By.id("scenario-name"))).sendKeys("close the Malmö hub " + planId.substring(0, 6));
            new Select(browser.driver.findElement(By.id("c-hubId"))).selectByValue("HUB-MALMO");
            browser.driver.findElement(By.cssSelector("#scenario-form button[type=submit]")).click();
            WebElement scenario = browser.await(d -> d.findElement(
                    By.cssSelector(".scenario[data-name='close the Malmö hub " + planId.substring(0, 6) + "']")));
            new Select(scenario.findElement(By.cssSelector("select[id^=run-dataset-]"))).selectByValue(datasetId);
            WebElement limit = scenario.findElement(By.cssSelector("input[id^=run-limit-]"));
            limit.clear();
            limit.sendKeys("3");
            scenario.findElement(By.xpath(".//button[text()='Run']")).click();
            browser.await(d -> scenario.findElement(By.cssSelector(".msg.ok")));
            String scenarioId = scenario.findElement(By.cssSelector("select[id^=run-dataset-]")).getAttribute("id")
                    .substring("run-dataset-".length());
            JsonObject run = PlanFixtures.awaitPlan("/api/v1/scenarios/" + scenarioId + "/runs",
                    page -> !page.getJsonArray("items").isEmpty()
                            && page.getJsonArray("items").getJsonObject(0).getString("status").equals("SOLVED"), SOLVE)
                    .getJsonArray("items").getJsonObject(0);

            browser.open("scenarios");
            browser.await(d -> d.findElement(By.cssSelector("input[name=compare-run][value='" + planId + "']"))).click();
            browser.driver.findElement(By.cssSelector("input[name=compare-run][value='" + run.getString("planId") + "']")).click();
            browser.driver.findElement(By.cssSelector("#compare-form button[type=submit]")).click();
            browser.await(d -> d.findElements(By.cssSelector("#compare-table tbody tr")).size() > 5);
            assertThat(browser.await(d -> d.findElement(By.id("compare-sentences"))).getText()).isNotBlank();
            browser.await(d -> (Long) browser.js("const m = document.querySelector('#compare .leaflet-container, #compare.leaflet-container');"
                    + " return m && m.querySelector('canvas') ? Number(m.dataset.hubs || 0) : 0") > 0);
            browser.js("document.getElementById('compare').scrollIntoView()");
            browser.screenshot("scenarios-compare");
        }
    }

    @Test
    void dutchMarketManagerMeetsTheLegalFloorAtTheFieldAndCannotOpenGermany() {
        String manager = Http.token("console-nl-manager", List.of(Roles.MARKET_MANAGER), List.of("NL"), null);
        try (Browser browser = new Browser()) {
            browser.signIn(manager);
            String markets = browser.await(d -> d.findElement(By.id("market-list"))).getText();
            assertThat(markets).contains("NL").doesNotContain("DE");

            browser.open("markets/NL");
            WebElement window = browser.await(d -> d.findElement(By.id("rule-returnWindowDays")));
            int longer = Integer.parseInt(window.getAttribute("value")) + 1; // a real change, also when run again
            assertThat(browser.driver.findElement(By.id("rule-returnWindowDays-hint")).getText())
                    .contains("Legal floor: 14 days").contains("Directive 2011/83/EU");
            window.clear();
            window.sendKeys("7");
            browser.driver.findElement(By.cssSelector("#rules-form button[type=submit]")).click();
            String error = browser.await(d -> {
                String text = d.findElement(By.id("rule-returnWindowDays-error")).getText();
                return text.isEmpty() ? null : text;
            });
            assertThat(error).contains("below the statutory 14-day withdrawal period in NL");
            assertThat(window.getAttribute("aria-invalid")).isEqualTo("true");
            browser.screenshot("market-floor-error");

            window.clear();
            window.sendKeys(String.valueOf(longer));
            browser.driver.findElement(By.cssSelector("#rules-form button[type=submit]")).click();
            WebElement saved = browser.await(d -> d.findElement(By.cssSelector("#rules-status .msg")));
            assertThat(saved.getAttribute("class")).as(saved.getText()).contains("ok");
            browser.await(d -> d.findElement(By.id("version-table")).getText().contains(longer + "-day window"));

            browser.open("markets/DE");
            String refused = browser.await(d -> d.findElement(By.cssSelector(".msg.bad"))).getText();
            assertThat(refused).contains("You may not open market DE");
        }
    }

    @Test
    void adminReadsAndFiltersTheAuditTrail() {
        try (Browser browser = new Browser()) {
            browser.signIn(Http.ADMIN);
            browser.open("audit");
            WebElement table = browser.await(d -> d.findElement(By.id("audit-table")));
            assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
            browser.driver.findElement(By.id("audit-filter")).sendKeys("market NL");
            browser.await(d -> d.findElements(By.cssSelector("#audit-table tbody tr")).stream()
                    .allMatch(r -> r.getText().contains("market NL")));
            browser.screenshot("audit");
        }
    }

    private static void upload(Browser browser, String csv, int timeLimit) throws IOException {
        Path file = Files.createTempFile("returns-", ".csv");
        Files.writeString(file, csv);
        browser.open("plans");
        new Select(browser.await(d -> d.findElement(By.id("source")))).selectByValue("upload");
        browser.driver.findElement(By.id("upload")).sendKeys(file.toAbsolutePath().toString());
        WebElement limit = browser.driver.findElement(By.id("timeLimitSeconds"));
        limit.clear();
        limit.sendKeys(String.valueOf(timeLimit));
        browser.driver.findElement(By.cssSelector("#submit-plan button[type=submit]")).click();
    }

    /** Returns around Copenhagen, Malmö, Berlin and Amsterdam; optionally with one unreadable weight. */
    static String csv(int returns, boolean withError) {
        String[][] places = {{"DK", "55.6761", "12.5683", "1050"}, {"SE", "55.6050", "13.0038", "21120"},
                {"DE", "52.5200", "13.4050", "10115"}, {"NL", "52.3676", "4.9041", "1012"}};
        StringJoiner csv = new StringJoiner("\n", "", "\n");
        csv.add("returnId,shopId,market,lat,lon,postalCode,country,deliveredOn,requestedOn,reason,outcome,"
                + "preferredMode,sku,category,lengthCm,widthCm,heightCm,weightKg,valueEur,hazardous");
        String run = UUID.randomUUID().toString().substring(0, 6);
        String delivered = LocalDate.now().minusDays(3).toString();
        for (int i = 0; i < returns; i++) {
            String[] p = places[i % places.length];
            String weight = withError && i == 2 ? "heavy" : "0.6";
            csv.add(String.join(",", "U-" + run + "-" + i, "demo-shop", p[0], p[1], p[2], p[3], p[0], delivered, "",
                    "CHANGED_MIND", "REFUND", "", "TEE-" + i, "FASHION", "30", "20", "5", weight, "25", ""));
        }
        return csv.toString();
    }
}
