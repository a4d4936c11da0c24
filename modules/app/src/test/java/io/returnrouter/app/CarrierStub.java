package io.returnrouter.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP server standing in for PostNL, Bring and InPost ShipX, answering their requests in
 * the shapes of their public documentation (docs/carriers.md), error bodies included. Each
 * endpoint (e.g. "/postnl/shipment/v2_2/label") answers as the test sets it: healthy, slow,
 * failing (5xx), malformed or refusing (the carrier's 4xx error body); a whole carrier can be
 * switched {@link #down} and {@link #up}. It counts the calls and keeps the last headers and body
 * of each endpoint, records the bookings it confirmed, serves tracking for polling, and sends a
 * carrier's signed tracking webhook to a URL ({@link #pushTracking}).
 */
public final class CarrierStub implements AutoCloseable {

    public enum Behaviour { HEALTHY, SLOW, FAILING, MALFORMED, REFUSING }

    /** A booking the stub confirmed: the carrier, its tracking number and the request body as sent. */
    public record ReceivedBooking(String carrier, String trackingNumber, JsonObject request) {
    }

    private static final DateTimeFormatter POSTNL_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Amsterdam"));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpServer server;
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> lastHeaders = new ConcurrentHashMap<>();
    private final Map<String, String> lastBody = new ConcurrentHashMap<>();
    private final List<ReceivedBooking> bookings = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> cancelled = new ConcurrentHashMap<>();
    /** Per tracking number, the statuses pushed or set, oldest first: what polling answers. */
    private final Map<String, List<String[]>> statuses = new ConcurrentHashMap<>();
    private final Map<String, String> inpostTracking = new ConcurrentHashMap<>();
    // From the clock, so stubs started one after another (two test classes, a kept database) never hand
    // out a tracking number twice: parcel_booking refuses a carrier's number it already holds.
    private final AtomicLong serial = new AtomicLong(100_000_000L + System.currentTimeMillis() / 10 % 800_000_000L);

    public CarrierStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        // Slow answers must not hold up the others.
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/postnl/shipment/v1_1/barcode", e -> handle(e, "postnl", this::postNlBarcode));
        server.createContext("/postnl/shipment/v2_2/label", e -> handle(e, "postnl", this::postNlLabel));
        server.createContext("/postnl/shipment/v2_1/locations/nearest/geocode", e -> handle(e, "postnl", this::postNlLocations));
        server.createContext("/postnl/shipment/v2/status/barcode", e -> handle(e, "postnl", this::postNlStatus));
        server.createContext("/bring/pickuppoint/api/pickuppoint", e -> handle(e, "bring", this::bringPoints));
        server.createContext("/bring/shippingguide/api/v2/products", e -> handle(e, "bring", this::bringPrices));
        server.createContext("/bring/booking/api/booking", e -> handle(e, "bring", this::bringBooking));
        server.createContext("/bring/tracking/api/v2/tracking.json", e -> handle(e, "bring", this::bringTracking));
        server.createContext("/inpost/v1/points", e -> handle(e, "inpost", this::inPostPoints));
        server.createContext("/inpost/v1/organizations", e -> handle(e, "inpost", this::inPostCreate));
        server.createContext("/inpost/v1/shipments", e -> handle(e, "inpost", this::inPostShipment));
        server.createContext("/inpost/v1/tracking", e -> handle(e, "inpost", this::inPostTracking));
        server.start();
    }

    public void set(String endpoint, Behaviour behaviour) {
        behaviours.put(endpoint, behaviour);
    }

    /** Every endpoint of the carrier answers 503 (in its error shape) until {@link #up}. */
    public void down(String carrier) {
        down.add(carrier);
    }

    public void up(String carrier) {
        down.remove(carrier);
    }

    public int calls(String endpoint) {
        return calls.computeIfAbsent(endpoint, e -> new AtomicInteger()).get();
    }

    /** A request header of the endpoint's last call (name in lower case); null when it had none. */
    public String lastHeader(String endpoint, String name) {
        return lastHeaders.getOrDefault(endpoint, Map.of()).get(name.toLowerCase());
    }

    /** The last call's body, or its query string for a GET. */
    public String lastBody(String endpoint) {
        return lastBody.get(endpoint);
    }

    public List<ReceivedBooking> bookings(String carrier) {
        return bookings.stream().filter(b -> b.carrier().equals(carrier)).toList();
    }

    /** The booking references the carrier was asked to cancel, in order. */
    public List<String> cancelled(String carrier) {
        return List.copyOf(cancelled.getOrDefault(carrier, List.of()));
    }

    /** A status polling answers for the parcel from now on (Bring has no webhook: its tests set statuses here). */
    public void track(String trackingNumber, String carrierStatus, Instant at) {
        statuses.computeIfAbsent(trackingNumber, n -> new CopyOnWriteArrayList<>())
                .add(new String[] {carrierStatus, Long.toString(at.getEpochSecond())});
    }

    /**
     * Posts the carrier's tracking webhook for the parcel to {@code targetUrl}, signed with the
     * secret as the adapter checks it (HMAC-SHA256 over {@code <unix seconds>.<body>}), and
     * remembers the status for polling. Carriers: "postnl" (Shippingstatus shape) and "inpost"
     * (ShipX shipment_status_changed).
     */
    public HttpResponse<String> pushTracking(String carrier, String trackingNumber, String carrierStatus,
                                             String targetUrl, String secret) throws IOException, InterruptedException {
        return pushTracking(carrier, trackingNumber, carrierStatus, Instant.now(), targetUrl, secret,
                Instant.now().getEpochSecond());
    }

    /** As {@link #pushTracking(String, String, String, String, String)}, with the event's time and the signature's timestamp given. */
    public HttpResponse<String> pushTracking(String carrier, String trackingNumber, String carrierStatus, Instant at,
                                             String targetUrl, String secret, long signedAtSeconds)
            throws IOException, InterruptedException {
        track(trackingNumber, carrierStatus, at);
        String body;
        String header;
        switch (carrier) {
            case "postnl" -> {
                body = Json.createObjectBuilder().add("CurrentStatus", Json.createObjectBuilder()
                        .add("Shipment", Json.createObjectBuilder().add("Barcode", trackingNumber)
                                .add("Status", postNlStatus(carrierStatus, at)))).build().toString();
                header = "X-PostNL";
            }
            case "inpost" -> {
                body = Json.createObjectBuilder().add("event_ts", at.toString())
                        .add("event", "shipment_status_changed").add("organization_id", 1)
                        .add("payload", Json.createObjectBuilder()
                                .add("shipment_id", inpostTracking.entrySet().stream()
                                        .filter(e -> e.getValue().equals(trackingNumber)).map(Map.Entry::getKey)
                                        .findFirst().orElse("0"))
                                .add("status", carrierStatus).add("tracking_number", trackingNumber))
                        .build().toString();
                header = "X-InPost";
            }
            default -> throw new IllegalArgumentException(carrier + " sends no webhooks (Bring is polled: use track)");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(targetUrl)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(header + "-Timestamp", Long.toString(signedAtSeconds))
                .header(header + "-Signature", sign(secret, signedAtSeconds, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** HMAC-SHA256 in hex over {@code <seconds>.<body>}: computed here with the JDK, apart from the adapter's code. */
    public static String sign(String secret, long seconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((seconds + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- PostNL ----

    private void postNlBarcode(HttpExchange exchange, String body) throws IOException {
        send(exchange, 200, "{\"Barcode\":\"3SDEVC" + serial.incrementAndGet() + "\"}");
    }

    private void postNlLabel(HttpExchange exchange, String body) throws IOException {
        JsonObject request = Json.createReader(new StringReader(body)).readObject();
        JsonObject shipment = request.getJsonArray("Shipments").getJsonObject(0);
        String barcode = shipment.getString("Barcode");
        bookings.add(new ReceivedBooking("postnl", barcode, request));
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 stub label".getBytes(StandardCharsets.US_ASCII));
        send(exchange, 200, "{\"MergedLabels\":[],\"ResponseShipments\":[{\"Barcode\":\"" + barcode
                + "\",\"Errors\":[],\"Warnings\":[],\"Labels\":[{\"Content\":\"" + pdf
                + "\",\"Labeltype\":\"Label\",\"OutputType\":\"PDF\"}],\"ProductCodeDelivery\":\""
                + shipment.getString("ProductCodeDelivery") + "\"}]}");
    }

    private void postNlLocations(HttpExchange exchange, String query) throws IOException {
        send(exchange, 200, "{\"GetLocationsResult\":{\"ResponseLocation\":["
                + "{\"Address\":{\"City\":\"Utrecht\",\"Countrycode\":\"NL\",\"HouseNr\":9,\"Street\":\"Neude\",\"Zipcode\":\"3512AD\"},"
                + "\"DeliveryOptions\":{\"string\":[\"PA\"]},\"Distance\":120,\"Latitude\":52.0915,\"Longitude\":5.1200,"
                + "\"LocationCode\":204512,\"Name\":\"PostNL Pakketautomaat Neude\"},"
                + "{\"Address\":{\"City\":\"Utrecht\",\"Countrycode\":\"NL\",\"HouseNr\":101,\"Street\":\"Oudegracht\",\"Zipcode\":\"3511AX\"},"
                + "\"DeliveryOptions\":{\"string\":[\"PG\",\"DO\"]},\"Distance\":15,\"Latitude\":52.0908,\"Longitude\":5.1214,"
                + "\"LocationCode\":163043,\"Name\":\"Primera Oudegracht\","
                + "\"OpeningHours\":{\"Monday\":{\"string\":\"09:00-18:00\"},\"Saturday\":{\"string\":\"09:00-17:00\"}}}]}}");
    }

    private void postNlStatus(HttpExchange exchange, String query) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String barcode = path.substring(path.lastIndexOf('/') + 1);
        List<String[]> known = statuses.getOrDefault(barcode, List.of());
        if (known.isEmpty()) {
            send(exchange, 200, "{\"CompleteStatus\":{\"Shipment\":[]},\"Warnings\":[{\"Code\":\"1\",\"Description\":\"No shipment found\"}]}");
            return;
        }
        var old = Json.createArrayBuilder();
        for (int i = 0; i < known.size() - 1; i++) {
            old.add(postNlStatus(known.get(i)[0], Instant.ofEpochSecond(Long.parseLong(known.get(i)[1]))));
        }
        String[] last = known.get(known.size() - 1);
        send(exchange, 200, Json.createObjectBuilder().add("CompleteStatus", Json.createObjectBuilder()
                .add("Shipment", Json.createArrayBuilder().add(Json.createObjectBuilder().add("Barcode", barcode)
                        .add("Status", postNlStatus(last[0], Instant.ofEpochSecond(Long.parseLong(last[1]))))
                        .add("OldStatus", old)))).build().toString());
    }

    private static JsonObject postNlStatus(String code, Instant at) {
        return Json.createObjectBuilder().add("StatusCode", code).add("StatusDescription", "status " + code)
                .add("PhaseCode", "1").add("TimeStamp", POSTNL_TIME.format(at)).build();
    }

    // ---- Bring ----

    private void bringPoints(HttpExchange exchange, String query) throws IOException {
        send(exchange, 200, "{\"pickupPoint\":["
                + "{\"id\":\"121512\",\"name\":\"Coop Extra Grønland\",\"address\":\"Grønlandsleiret 15\",\"postalCode\":\"0190\","
                + "\"city\":\"OSLO\",\"countryCode\":\"NO\",\"latitude\":59.9118,\"longitude\":10.7602,\"distanceInKm\":\"0.8\"},"
                + "{\"id\":\"362001\",\"name\":\"Pakkeboks Oslo S\",\"address\":\"Jernbanetorget 1\",\"postalCode\":\"0154\","
                + "\"city\":\"OSLO\",\"countryCode\":\"NO\",\"latitude\":59.9111,\"longitude\":10.7503,\"distanceInKm\":\"0.3\"}]}");
    }

    private void bringPrices(HttpExchange exchange, String body) throws IOException {
        JsonObject consignment = Json.createReader(new StringReader(body)).readObject().getJsonArray("consignments")
                .getJsonObject(0);
        String product = consignment.getJsonArray("products").getJsonObject(0).getString("id");
        send(exchange, 200, "{\"consignments\":[{\"id\":\"1\",\"products\":[{\"id\":\"" + product + "\","
                + "\"price\":{\"listPrice\":{\"priceWithoutAdditionalServices\":{\"amountWithoutVAT\":\"61.00\","
                + "\"vat\":\"15.25\",\"amountWithVAT\":\"76.25\"},\"currencyCode\":\"NOK\"}}}]}]}");
    }

    private void bringBooking(HttpExchange exchange, String body) throws IOException {
        JsonObject request = Json.createReader(new StringReader(body)).readObject();
        JsonObject consignment = request.getJsonArray("consignments").getJsonObject(0);
        String consignmentNumber = "70438101" + serial.incrementAndGet();
        String packageNumber = "3" + consignmentNumber;
        bookings.add(new ReceivedBooking("bring", packageNumber, request));
        send(exchange, 200, "{\"consignments\":[{\"correlationId\":\"" + consignment.getString("correlationId")
                + "\",\"confirmation\":{\"consignmentNumber\":\"" + consignmentNumber + "\",\"productSpecificData\":null,"
                + "\"links\":{\"labels\":\"https://www.mybring.com/booking/labels/1\",\"waybill\":null,"
                + "\"tracking\":\"https://tracking.bring.com/tracking/" + consignmentNumber + "\"},"
                + "\"dateAndTimes\":{\"earliestPickup\":null,\"expectedDelivery\":null},"
                + "\"packages\":[{\"correlationId\":\"" + consignment.getJsonArray("packages").getJsonObject(0)
                .getString("correlationId") + "\",\"packageNumber\":\"" + packageNumber + "\"}]},\"errors\":null}]}");
    }

    private void bringTracking(HttpExchange exchange, String query) throws IOException {
        String number = query == null ? "" : query.replaceFirst("^.*q=", "").replaceFirst("&.*$", "");
        var events = Json.createArrayBuilder();
        List<String[]> known = new ArrayList<>(statuses.getOrDefault(number, List.of()));
        for (int i = known.size() - 1; i >= 0; i--) {
            events.add(Json.createObjectBuilder().add("description", "status " + known.get(i)[0])
                    .add("status", known.get(i)[0]).add("city", "OSLO").add("countryCode", "NO")
                    .add("dateIso", Instant.ofEpochSecond(Long.parseLong(known.get(i)[1])).atOffset(java.time.ZoneOffset.ofHours(1)).toString()));
        }
        send(exchange, 200, Json.createObjectBuilder().add("consignmentSet", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("consignmentId", number).add("packageSet", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("packageNumber", number).add("eventSet", events)))))
                .build().toString());
    }

    // ---- InPost ShipX ----

    private void inPostPoints(HttpExchange exchange, String query) throws IOException {
        send(exchange, 200, "{\"href\":\"/v1/points\",\"count\":1,\"page\":1,\"per_page\":5,\"items\":["
                + "{\"name\":\"POZ08M\",\"type\":[\"parcel_locker\"],\"status\":\"Operating\","
                + "\"location\":{\"latitude\":52.4064,\"longitude\":16.9252},\"location_description\":\"przy Biedronce\","
                + "\"opening_hours\":\"24/7\",\"address_details\":{\"city\":\"Poznań\",\"post_code\":\"61-001\","
                + "\"street\":\"Święty Marcin\",\"building_number\":\"29\"}}]}");
    }

    private void inPostCreate(HttpExchange exchange, String body) throws IOException {
        JsonObject request = Json.createReader(new StringReader(body)).readObject();
        String id = Long.toString(serial.incrementAndGet());
        String tracking = "6800" + id + "12345678";
        inpostTracking.put(id, tracking);
        bookings.add(new ReceivedBooking("inpost", tracking, request));
        // ShipX answers "created" without a tracking number; it appears when the shipment is read back.
        send(exchange, 201, "{\"href\":\"/v1/shipments/" + id + "\",\"id\":" + id + ",\"status\":\"created\","
                + "\"tracking_number\":null,\"service\":\"inpost_locker_standard\",\"reference\":\""
                + request.getString("reference") + "\"}");
    }

    private void inPostShipment(HttpExchange exchange, String body) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String id = path.substring(path.lastIndexOf('/') + 1);
        String tracking = inpostTracking.get(id);
        if (tracking == null) {
            send(exchange, 404, "{\"status\":404,\"error\":\"resource_not_found\",\"message\":\"Resource not found\",\"details\":{}}");
        } else if ("DELETE".equals(exchange.getRequestMethod())) {
            cancelled.computeIfAbsent("inpost", c -> new CopyOnWriteArrayList<>()).add(id);
            send(exchange, 204, "");
        } else {
            send(exchange, 200, "{\"id\":" + id + ",\"status\":\"confirmed\",\"tracking_number\":\"" + tracking + "\"}");
        }
    }

    private void inPostTracking(HttpExchange exchange, String query) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String number = path.substring(path.lastIndexOf('/') + 1);
        var details = Json.createArrayBuilder();
        List<String[]> known = new ArrayList<>(statuses.getOrDefault(number, List.of()));
        for (int i = known.size() - 1; i >= 0; i--) {
            details.add(Json.createObjectBuilder().add("status", known.get(i)[0])
                    .add("datetime", Instant.ofEpochSecond(Long.parseLong(known.get(i)[1])).toString()));
        }
        send(exchange, 200, Json.createObjectBuilder().add("tracking_number", number).add("status",
                known.isEmpty() ? "created" : known.get(known.size() - 1)[0]).add("tracking_details", details)
                .build().toString());
    }

    // ---- behaviours ----

    private interface Answer {
        void answer(HttpExchange exchange, String bodyOrQuery) throws IOException;
    }

    private void handle(HttpExchange exchange, String carrier, Answer healthy) throws IOException {
        String endpoint = exchange.getHttpContext().getPath();
        String body = "GET".equals(exchange.getRequestMethod()) ? exchange.getRequestURI().getRawQuery()
                : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.computeIfAbsent(endpoint, e -> new AtomicInteger()).incrementAndGet();
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        lastHeaders.put(endpoint, headers);
        lastBody.put(endpoint, body == null ? "" : body);
        if (down.contains(carrier)) {
            send(exchange, 503, unavailable(carrier));
            return;
        }
        Behaviour behaviour = behaviours.getOrDefault(endpoint, Behaviour.HEALTHY);
        switch (behaviour) {
            case SLOW -> {
                try {
                    Thread.sleep(8_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 504, unavailable(carrier));
            }
            case FAILING -> send(exchange, 500, unavailable(carrier));
            case MALFORMED -> send(exchange, 200, "<html>maintenance</html>");
            case REFUSING -> send(exchange, 400, refusal(carrier));
            default -> healthy.answer(exchange, body);
        }
    }

    /** The carrier's own words for "not now". */
    private static String unavailable(String carrier) {
        return switch (carrier) {
            case "postnl" -> "{\"fault\":{\"faultstring\":\"Service unavailable\",\"detail\":{\"errorcode\":\"messaging.adaptors.http.flow.ServiceUnavailable\"}}}";
            case "inpost" -> "{\"status\":503,\"error\":\"service_unavailable\",\"message\":\"Service unavailable\",\"details\":{}}";
            default -> "{\"errors\":[{\"code\":\"SERVICE_UNAVAILABLE\",\"description\":\"Service unavailable\"}]}";
        };
    }

    /** The carrier's own error body for an order it refuses. */
    private static String refusal(String carrier) {
        return switch (carrier) {
            case "postnl" -> "{\"RequestId\":\"09fd61fe-0099-4349-b71d-dce5c2472be9\",\"Date\":\"2026-12-02T10:00:00Z\","
                    + "\"Error\":{\"ErrorCode\":\"13\",\"ErrorDescription\":\"Invalid Zipcode for Countrycode NL\"}}";
            case "bring" -> "{\"consignments\":[{\"correlationId\":\"x\",\"confirmation\":null,\"errors\":[{\"uniqueId\":"
                    + "\"2c7b4b9a-0000-4000-8000-000000000001\",\"code\":\"BOOK-INPUT-015\",\"messages\":[{\"lang\":\"en\","
                    + "\"message\":\"Postal code of recipient is invalid\"}]}]}]}";
            default -> "{\"status\":400,\"error\":\"validation_failed\",\"message\":\"There are some validation errors. "
                    + "Check details object for more info.\",\"details\":{\"receiver\":[{\"phone\":[\"invalid\"]}]}}";
        };
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
            if (status != 204) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // The caller gave up (timeout) and closed the connection: nothing left to answer.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
