package io.returnrouter.api.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.api.problem.InvalidQueryException;
import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.problem.ServiceUnavailableException;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.persistence.entity.DatasetEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.lease.PlanLeases;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The planners' use cases without a container: submitting (the three sources of returns, and what
 * is stored for each), reading, listing, stopping and paging a plan's assignments, against fakes of
 * the repositories, the leases and the solver. The repositories themselves are tested on the real
 * databases: PlanRepositoryInContainerIT (PostgreSQL in CI), PlanLeasesTest (H2 and PostgreSQL).
 */
class PlanServiceTest {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Instant NOW = Instant.parse("2030-03-04T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2030, 3, 4);
    private static final String SCENARIO = "11111111-1111-1111-1111-111111111111";

    private final PlanFakes.Plans plans = new PlanFakes.Plans();
    private final PlanFakes.Datasets datasets = new PlanFakes.Datasets();
    private final PlanFakes.Leases leases = new PlanFakes.Leases();
    private final PlanFakes.Solving solving = new PlanFakes.Solving();
    private final PlanFakes.Generator generator = new PlanFakes.Generator();
    private final PlanService service = new PlanService(plans, datasets, leases, solving,
            new PlanFakes.Scenarios(SCENARIO), new PlanFakes.Rules(Map.of("NL", 3, "DE", 1)),
            PlanFakes.instance(generator), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void inlineReturnsAreStoredAsADatasetWithTheirRequestDayAndThePlanIsQueuedWithTodaysRules() {
        String id = service.create(request("\"returns\": [" + shirt("R-1", null) + ", " + shirt("R-2", "2030-03-02")
                + "], \"scenarioId\": \"" + SCENARIO + "\""));

        PlanEntity plan = plans.stored.get(id);
        assertThat(plan.getStatus()).isEqualTo(PlanEntity.Status.QUEUED);
        assertThat(plan.getScenarioId()).isEqualTo(SCENARIO);
        assertThat(plan.getTimeLimitSeconds()).isEqualTo(PlanService.DEFAULT_TIME_LIMIT_SECONDS);
        assertThat(plan.getCreatedAt()).isEqualTo(NOW);
        assertThat(plan.getRulesVersions()).isEqualTo("{\"DE\":1,\"NL\":3}");
        DatasetEntity dataset = datasets.stored.get(plan.getDatasetId());
        assertThat(dataset.getName()).isEqualTo("2 returns");
        List<ReturnRequestDto> returns = List.of(JSON.fromJson(dataset.getReturnsJson(), ReturnRequestDto[].class));
        assertThat(returns).extracting(ReturnRequestDto::requestedOn)
                .containsExactly(TODAY, LocalDate.of(2030, 3, 2));
        assertThat(solving.nudges).isEqualTo(1);
    }

    @Test
    void aPlanOfAStoredDatasetReusesItAndAnUnknownOneIsNamed() {
        datasets.save(new DatasetEntity("d-1", "stored", 40, "[]", NOW));

        String id = service.create(request("\"datasetId\": \"d-1\", \"timeLimitSeconds\": 5"));

        assertThat(plans.stored.get(id).getDatasetId()).isEqualTo("d-1");
        assertThat(plans.stored.get(id).getTimeLimitSeconds()).isEqualTo(5);
        assertThat(datasets.stored).hasSize(1);
        assertRefused(() -> service.create(request("\"datasetId\": \"d-2\"")), "datasetId");
    }

    @Test
    void generatedReturnsComeFromTheInstalledGeneratorAndWithoutOneTheServiceIsUnavailable() {
        String id = service.create(request("\"generate\": {\"returns\": 3, \"seed\": 42}"));

        assertThat(generator.asked).containsExactly("3/42");
        DatasetEntity dataset = datasets.stored.get(plans.stored.get(id).getDatasetId());
        assertThat(dataset.getName()).isEqualTo("3 generated returns, seed 42");
        assertThat(dataset.getReturnCount()).isEqualTo(3);

        PlanService withoutGenerator = new PlanService(plans, datasets, leases, solving,
                new PlanFakes.Scenarios(SCENARIO), new PlanFakes.Rules(Map.of()), PlanFakes.instance(null),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> withoutGenerator.create(request("\"generate\": {\"returns\": 3, \"seed\": 42}")))
                .isInstanceOf(ServiceUnavailableException.class);
    }

    @Test
    void notExactlyOneSourceNoReturnsAnUnknownScenarioOrABadReturnStoreNothing() {
        assertRefused(() -> service.create(request("\"timeLimitSeconds\": 5")), "returns");
        assertRefused(() -> service.create(request("\"returns\": [" + shirt("R-1", null) + "], "
                + "\"generate\": {\"returns\": 3, \"seed\": 1}")), "returns");
        assertRefused(() -> service.create(request("\"returns\": []")), "returns");
        assertRefused(() -> service.create(request("\"returns\": [" + shirt("R-1", null) + "], "
                + "\"scenarioId\": \"22222222-2222-2222-2222-222222222222\"")), "scenarioId");
        // The second return is requested before it was delivered: named by its place in the batch.
        assertRefused(() -> service.create(request("\"returns\": [" + shirt("R-1", null) + ", "
                + shirt("R-2", "2030-02-01") + "]")), "returns[1].requestedOn");

        assertThat(plans.stored).isEmpty();
        assertThat(datasets.stored).isEmpty();
        assertThat(solving.nudges).isZero();
    }

    @Test
    void aPlanIsReadFromTheStoreWithThisInstancesLiveProgressAndAnUnknownOneIsNotFound() {
        String id = service.create(request("\"returns\": [" + shirt("R-1", null) + "]"));
        solving.live.put(id, List.of(new PlanResultView.ProgressPoint(new java.math.BigDecimal("1.2"), "0hard/-5000soft", true)));

        JsonObject view = service.view(id);

        assertThat(view.getString("id")).isEqualTo(id);
        assertThat(view.getString("status")).isEqualTo("QUEUED");
        assertThat(view.toString()).contains("0hard/-5000soft");
        assertThatThrownBy(() -> service.view("nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void stoppingAPlanAsksItsOwnerOnlyWhileItIsSolvedAndSaysWhenTheDatabaseIsDown() {
        String id = service.create(request("\"returns\": [" + shirt("R-1", null) + "]"));

        leases.answer = PlanLeases.Cancellation.STOPPING;
        assertThat(service.cancel(id)).isFalse();
        assertThat(solving.stopped).containsExactly(id);

        leases.answer = PlanLeases.Cancellation.ALREADY_FINAL;
        assertThat(service.cancel(id)).isTrue();
        assertThat(solving.stopped).containsExactly(id);

        leases.down = true;
        assertThatThrownBy(() -> service.cancel(id)).isInstanceOf(ServiceUnavailableException.class);
        assertThatThrownBy(() -> service.cancel("nope")).isInstanceOf(NotFoundException.class);
        assertThat(leases.asked).containsExactly(id, id, id);
    }

    @Test
    void plansAreListedPageByPageWithTheirTotal() {
        for (int i = 0; i < 5; i++) {
            service.create(request("\"returns\": [" + shirt("R-" + i, null) + "]"));
        }

        JsonObject page = service.list(PlanListQuery.parse("queued", "1", "2"));

        assertThat(page.getInt("total")).isEqualTo(5);
        assertThat(page.getInt("page")).isEqualTo(1);
        assertThat(page.getJsonArray("items")).hasSize(2);
        assertThat(plans.pagesAsked).containsExactly("QUEUED/null/2/2");
        assertThat(service.list(PlanListQuery.parse("SOLVED", null, null)).getInt("total")).isZero();
    }

    @Test
    void assignmentsArePagedWithTheQuerysFiltersAsStoredFieldNames() {
        String id = service.create(request("\"returns\": [" + shirt("R-1", null) + "]"));
        for (int i = 0; i < 7; i++) {
            plans.assignment(id, i, i % 2 == 0 ? "NL" : "DE", i < 3 ? "HUB-MALMO" : "WH-VENLO");
        }

        JsonObject page = service.assignmentPage(id, AssignmentQuery.parse("nl", null, null, "WH-VENLO", "0", "1"));

        assertThat(page.getInt("total")).isEqualTo(2);
        assertThat(page.getJsonArray("items")).hasSize(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("parcelId")).isEqualTo("P-4");
        assertThat(page.getJsonObject("filters").toString()).isEqualTo("{\"market\":\"NL\",\"hub\":\"WH-VENLO\"}");
        assertThatThrownBy(() -> service.assignmentPage("nope", AssignmentQuery.parse(null, null, null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AssignmentQuery.parse("Netherlands", "BIKE", null, null, "-1", "101"))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldError::field)
                        .containsExactly("query.market", "query.firstMile", "query.page", "query.size"));
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UnprocessableException.class,
                e -> assertThat(e.errors()).extracting(Problem.FieldError::field).contains(field));
    }

    private static PlanRequestDto request(String fields) {
        return JSON.fromJson("{" + fields + "}", PlanRequestDto.class);
    }

    /** A German shirt return delivered three days ago; requestedOn absent when null. */
    private static String shirt(String returnId, String requestedOn) {
        return "{\"returnId\": \"" + returnId + "\", \"shopId\": \"shop\", \"market\": \"DE\", "
                + "\"customer\": {\"lat\": 52.52, \"lon\": 13.40, \"postalCode\": \"10115\", \"country\": \"DE\"}, "
                + "\"deliveredOn\": \"2030-03-01\", "
                + (requestedOn == null ? "" : "\"requestedOn\": \"" + requestedOn + "\", ")
                + "\"reason\": \"SIZE_TOO_SMALL\", \"outcome\": \"REFUND\", "
                + "\"items\": [{\"sku\": \"SHIRT\", \"category\": \"FASHION\", \"lengthCm\": 30, \"widthCm\": 25, "
                + "\"heightCm\": 3, \"weightKg\": 0.3, \"valueEur\": 29.99}]}";
    }
}
