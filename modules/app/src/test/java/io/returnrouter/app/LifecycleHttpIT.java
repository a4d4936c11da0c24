package io.returnrouter.app;

import static io.returnrouter.app.Http.as;
import static io.returnrouter.app.Http.delete;
import static io.returnrouter.app.Http.get;
import static io.returnrouter.app.Http.getBytes;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.auth.Roles;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A return's life after the route choice over real HTTP, on the configured database: label PDF,
 * the warehouse's reports, the timeline, refusals as problems, erasure of personal data from every
 * table and from the server's log.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleHttpIT {

    private static final String SHOP = "it-lifecycle-shop";
    private static final String SHOP_TOKEN = Http.token("it-lifecycle", List.of(Roles.SHOP), List.of(), SHOP);

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "Ada Marker" + marker;
    private final String street = "Damrak" + marker;
    private final String email = "ada." + marker + "@example.org";
    private final String phone = "+31 20 " + (10_000_000 + Math.abs(marker.hashCode() % 89_999_999));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** A shirt returned from Amsterdam, with or without the customer's contact. */
    String shirt(String returnId, boolean withContact) {
        String contact = withContact ? """
                , "name": "%s", "street": "%s", "houseNumber": "1", "city": "Amsterdam", "phone": "%s", "email": "%s"
                """.formatted(name, street, phone, email) : "";
        return """
                {"returnId": "%s", "shopId": "%s", "market": "NL",
                 "customer": {"lat": 52.3738, "lon": 4.8910, "postalCode": "1012 LG", "country": "NL"%s},
                 "deliveredOn": "%s", "reason": "SIZE_TOO_SMALL", "outcome": "REFUND", "preferredMode": "DROP_OFF_POINT",
                 "items": [{"sku": "SHIRT-1", "category": "FASHION", "lengthCm": 30, "widthCm": 25, "heightCm": 3,
                            "weightKg": 0.4, "valueEur": 29.99}]}
                """.formatted(returnId, SHOP, contact, LocalDate.now().minusDays(3));
    }

    /** Quotes and confirms the first option of the given first-mile mode. */
    JsonObject confirmed(String returnId, boolean withContact, String firstMile) {
        HttpResponse<String> quote = postJson("/api/v1/returns/routes", shirt(returnId, withContact), as(SHOP_TOKEN));
        assertThat(quote.statusCode()).as(quote.body()).isEqualTo(200);
        JsonObject parcel = json(quote).getJsonArray("parcels").getJsonObject(0);
        JsonObject option = parcel.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("firstMile").equals(firstMile))
                // A carrier without a live adapter: ReturnRouter's label, no stub needed (LifecycleCarriersHttpIT has them).
                .filter(o -> !List.of("postnl", "bring", "inpost").contains(o.getString("carrier", "")))
                .findFirst().orElseThrow();
        HttpResponse<String> confirm = postJson("/api/v1/returns/" + returnId + "/route",
                "{\"choices\":[{\"parcelId\":\"" + parcel.getString("parcelId") + "\",\"optionId\":\""
                        + option.getString("optionId") + "\"}]}", as(SHOP_TOKEN));
        assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(200);
        return option;
    }

    @Test
    void aConfirmedReturnGetsALabelAndTheShopsReportsMakeItsTimeline() throws Exception {
        String id = "R-LC-" + marker;
        confirmed(id, true, "DROP_OFF_POINT");

        HttpResponse<String> booked = postJson("/api/v1/returns/" + id + "/label", "{}", as(SHOP_TOKEN));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(200);
        JsonObject parcel = json(booked).getJsonArray("parcels").getJsonObject(0);
        assertThat(json(booked).getString("status")).isEqualTo("LABEL_CREATED");
        assertThat(parcel.getString("mode")).isEqualTo("RETURNROUTER");
        assertThat(parcel.getString("note")).contains("through an API");
        String tracking = parcel.getString("trackingNumber");

        HttpResponse<byte[]> pdf = getBytes("/api/v1/returns/" + id + "/label", as(SHOP_TOKEN));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        LabelFiles.Label label = LabelFiles.read(pdf.body());
        assertThat(label.pages()).isEqualTo(1);
        assertThat(label.widthPt()).isBetween(297f, 298.5f);
        assertThat(label.text()).contains(name, street + " 1", parcel.getString("reference"));
        assertThat(label.codes()).contains(tracking);

        assertThat(postJson("/api/v1/returns/" + id + "/events", "{\"type\":\"RECEIVED\"}", as(SHOP_TOKEN))
                .statusCode()).isEqualTo(201);
        assertThat(postJson("/api/v1/returns/" + id + "/events",
                "{\"type\":\"INSPECTED\",\"details\":{\"outcome\":\"PARTLY_ACCEPTED\",\"note\":\"one sleeve torn\"}}",
                as(SHOP_TOKEN)).statusCode()).isEqualTo(201);
        assertThat(postJson("/api/v1/returns/" + id + "/events", "{\"type\":\"REFUND_STARTED\"}", as(SHOP_TOKEN))
                .statusCode()).isEqualTo(201);

        JsonObject timeline = json(get("/api/v1/returns/" + id + "/timeline", as(SHOP_TOKEN)));
        assertThat(timeline.getString("status")).isEqualTo("REFUND_STARTED");
        assertThat(timeline.getJsonArray("events").getValuesAs(JsonObject.class)).extracting(e -> e.getString("to"))
                .containsExactly("CONFIRMED", "LABEL_CREATED", "RECEIVED", "INSPECTED", "REFUND_STARTED");
        JsonObject view = json(get("/api/v1/returns/" + id, as(SHOP_TOKEN)));
        assertThat(view.getString("status")).isEqualTo("REFUND_STARTED");
        assertThat(view.getJsonArray("route").getJsonObject(0).getString("firstMile")).isEqualTo("DROP_OFF_POINT");
        assertThat(view.getJsonArray("parcels")).isNotEmpty();
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        String id = "R-LC-BAD-" + marker;
        confirmed(id, false, "DROP_OFF_POINT");

        HttpResponse<String> noContact = postJson("/api/v1/returns/" + id + "/label", "{}", as(SHOP_TOKEN));
        assertProblem(noContact, 422);
        assertThat(noContact.body()).contains("customer.name", "customer.street");

        HttpResponse<String> impossible = postJson("/api/v1/returns/" + id + "/events",
                "{\"type\":\"REFUND_STARTED\"}", as(SHOP_TOKEN));
        assertProblem(impossible, 409);
        assertThat(json(impossible).getString("detail")).contains("CONFIRMED");

        assertProblem(postJson("/api/v1/returns/" + id + "/events", "{\"type\":", as(SHOP_TOKEN)), 400);
        assertProblem(postJson("/api/v1/returns/" + id + "/events", "{\"type\":\"TELEPORTED\"}", as(SHOP_TOKEN)), 400);
        assertProblem(postJson("/api/v1/returns/" + id + "/events",
                "{\"type\":\"RECEIVED\",\"at\":\"2999-01-01T00:00:00Z\"}", as(SHOP_TOKEN)), 422);
        assertProblem(postJson("/api/v1/carriers/no-such-carrier/tracking-events", "{}", as(Http.ANONYMOUS)), 404);
        String otherShop = Http.token("it-other", List.of(Roles.SHOP), List.of(), "another-shop");
        assertProblem(get("/api/v1/returns/" + id + "/timeline", as(otherShop)), 404);

        JsonObject timeline = json(get("/api/v1/returns/" + id + "/timeline", as(SHOP_TOKEN)));
        assertThat(timeline.getString("status")).isEqualTo("CONFIRMED");
        assertThat(timeline.getJsonArray("events")).hasSize(1);
        assertProblem(get("/api/v1/returns/" + id + "/label", as(SHOP_TOKEN)), 404);
    }

    @Test
    void erasureRemovesPersonalDataFromEveryTableAndItNeverReachesTheLog() throws Exception {
        String id = "R-LC-GDPR-" + marker;
        confirmed(id, true, "DROP_OFF_POINT");
        assertThat(postJson("/api/v1/returns/" + id + "/label", "{}", as(SHOP_TOKEN)).statusCode()).isEqualTo(200);
        assertThat(getBytes("/api/v1/returns/" + id + "/label", as(SHOP_TOKEN)).statusCode()).isEqualTo(200);
        assertThat(tablesHolding(name)).as("kept apart, in one table").containsExactly("customer_contact");

        HttpResponse<String> erased = delete("/api/v1/returns/" + id + "/personal-data", as(SHOP_TOKEN));
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        assertThat(json(erased).getString("status")).isEqualTo("LABEL_CREATED");

        for (String personal : List.of(name, email, phone, street)) {
            assertThat(tablesHolding(personal)).as(personal).isEmpty();
        }
        JsonObject view = json(get("/api/v1/returns/" + id, as(SHOP_TOKEN)));
        assertThat(view.getString("status")).isEqualTo("LABEL_CREATED");
        assertThat(view.getJsonArray("route")).hasSize(1);
        assertProblem(get("/api/v1/returns/" + id + "/label", as(SHOP_TOKEN)), 409);

        Path logs = Path.of(System.getProperty("it.wlp.home"), "usr", "servers", System.getProperty("it.server.name"),
                "logs");
        try (var files = Files.list(logs)) {
            for (Path log : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(text).as(log.toString()).doesNotContain(name).doesNotContain(email).doesNotContain(phone);
            }
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response).isNotNull();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    /** Every table with a text column holding the value, searched over a real connection. */
    static List<String> tablesHolding(String value) throws Exception {
        String url = System.getenv("RETURNROUTER_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("LifecycleHttpIT reads the database it runs on: set RETURNROUTER_DB_URL");
        }
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, System.getenv("RETURNROUTER_DB_USER"),
                System.getenv("RETURNROUTER_DB_PASSWORD"))) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying')");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            for (String[] column : columns) {
                try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM \"" + column[0] + "\" WHERE \""
                        + column[1] + "\" LIKE ? LIMIT 1")) {
                    s.setString(1, "%" + value + "%");
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next() && !tables.contains(column[0])) {
                            tables.add(column[0]);
                        }
                    }
                }
            }
        }
        return tables;
    }
}
