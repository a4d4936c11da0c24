package io.returnrouter.app;

import static io.returnrouter.app.Http.as;
import static io.returnrouter.app.Http.get;
import static io.returnrouter.app.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.returnrouter.auth.DevelopmentKeys;
import io.returnrouter.auth.Keys;
import io.returnrouter.auth.Roles;
import io.returnrouter.auth.TokenIssuer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Token handling over real HTTP: every kind of bad token is a 401 problem+json with an
 * invalid_token challenge; tokens of an identity provider's JWKS pass until the provider stops
 * listing their key; requests per token are limited.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHttpIT {

    private static final String PLANNER_ONLY = "/api/v1/network";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static JWTClaimsSet.Builder planner(Instant issued, Duration validity) {
        return new JWTClaimsSet.Builder().issuer(Roles.DEFAULT_ISSUER).subject("it-security")
                .audience(Roles.DEFAULT_AUDIENCE).issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(validity))).claim("roles", List.of(Roles.PLANNER));
    }

    private static String devSigned(JWTClaimsSet claims) {
        return TokenIssuer.sign(claims, DevelopmentKeys.privateKey());
    }

    private static void assertRefused(String token, String because) {
        HttpResponse<String> answer = get(PLANNER_ONLY, as(token));
        assertThat(answer.statusCode()).as(because + ": " + answer.body()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(answer).getString("type")).endsWith("/unauthenticated");
        assertThat(json(answer).getString("detail")).as(because).contains(because);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).contains("invalid_token"));
    }

    @Test
    void everyKindOfBadTokenIsA401ProblemSayingWhy() throws Exception {
        Instant now = Instant.now();
        assertThat(get(PLANNER_ONLY, as(devSigned(planner(now, Duration.ofHours(1)).build()))).statusCode())
                .isEqualTo(200);

        RSAKey unknown = new RSAKeyGenerator(2048).keyID("not-configured").generate();
        SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(unknown.getKeyID()).build(),
                planner(now, Duration.ofHours(1)).build());
        foreign.sign(new RSASSASigner(unknown));
        assertRefused(foreign.serialize(), "not accept");

        assertRefused(new PlainJWT(new PlainHeader(), planner(now, Duration.ofHours(1)).build()).serialize(),
                "alg none");

        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                .keyID(Keys.keyId(Keys.developmentPublicKey())).build(), planner(now, Duration.ofHours(1)).build());
        hmac.sign(new MACSigner(Keys.developmentPublicKey().getEncoded()));
        assertRefused(hmac.serialize(), "not HS256");

        assertRefused(devSigned(planner(now.minus(Duration.ofHours(3)), Duration.ofHours(1)).build()), "expired");
        assertRefused(devSigned(planner(now, Duration.ofHours(1)).notBeforeTime(Date.from(now.plusSeconds(3600)))
                .build()), "not valid yet");
        assertRefused(devSigned(planner(now, Duration.ofHours(1)).audience("another-service").build()), "aud");
        assertRefused(devSigned(planner(now, Duration.ofDays(60)).build()), "lives longer");
        assertRefused(devSigned(planner(now, Duration.ofHours(1)).claim("roles", List.of(Roles.SHOP)).build()),
                "claim shop");
        assertRefused(devSigned(planner(now, Duration.ofHours(1)).claim("roles", List.of(Roles.MARKET_MANAGER))
                .build()), "claim markets");
    }

    @Test
    void tokensOfTheIdentityProvidersJwksPassUntilItStopsListingTheirKey() throws Exception {
        RSAKey first = new RSAKeyGenerator(2048).keyID("idp-2026-1").generate();
        RSAKey second = new RSAKeyGenerator(2048).keyID("idp-2026-2").generate();
        try (JwksStub idp = new JwksStub(Integer.getInteger("it.jwks.port"))) {
            idp.publish(List.of(first));
            String firstToken = idpToken(first);
            assertThat(get(PLANNER_ONLY, as(firstToken)).statusCode()).isEqualTo(200);

            idp.publish(List.of(second)); // rotation: the provider signs with the new key only
            Thread.sleep(3_000); // longer than the server's JWKS cache (RETURNROUTER_AUTH_JWKS_CACHE_SECONDS=2)

            assertThat(get(PLANNER_ONLY, as(idpToken(second))).statusCode()).isEqualTo(200);
            assertRefused(firstToken, "not accept");
        }
    }

    private static String idpToken(RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                planner(Instant.now(), Duration.ofMinutes(10)).subject("idp-user-" + key.getKeyID()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aSubjectOverItsRequestBudgetGets429WithRetryAfter() throws Exception {
        int limit = Integer.parseInt(System.getProperty("it.rate.limit", "300"));
        String token = Http.token("it-rate-probe", List.of(Roles.PLANNER), List.of(), null);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<HttpResponse<String>> limited = new ArrayList<>();
        try {
            // Rounds until the budget is spent: the bucket refills while we send, faster than a busy
            // machine answers, so the count needed is not known in advance.
            for (int round = 0; round < 12 && limited.isEmpty(); round++) {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < limit / 2; i++) {
                    answers.add(senders.submit(() -> get("/api/v1/audit?limit=abc", as(token))));
                }
                for (Future<HttpResponse<String>> answer : answers) {
                    if (answer.get().statusCode() == 429) {
                        limited.add(answer.get());
                    }
                }
            }
        } finally {
            senders.shutdownNow(); // a failure must not leave a flood running into the next test
        }

        assertThat(limited).isNotEmpty();
        HttpResponse<String> one = limited.get(0);
        assertThat(one.headers().firstValue("Retry-After")).hasValueSatisfying(
                s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(json(one).getString("type")).endsWith("/too-many-requests");
        assertThat(get(PLANNER_ONLY, as(Http.token("it-rate-other", List.of(Roles.PLANNER), List.of(), null)))
                .statusCode()).as("another subject keeps its own budget").isEqualTo(200);
    }
}
