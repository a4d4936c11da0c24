package io.returnrouter.api.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.api.problem.InvalidQueryException;
import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.persistence.TestDatabases;
import io.returnrouter.persistence.TestDatabases.TestDatabase;
import io.returnrouter.persistence.jdbc.Transactions;
import io.returnrouter.persistence.migration.SchemaMigrator;
import io.returnrouter.persistence.notify.Outbox;
import io.returnrouter.persistence.notify.SubscriptionStore;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The webhook use cases on a real database: what may be subscribed, by whom, and what is shown. */
class WebhookSubscriptionsTest {

    private static final List<TestDatabase> DATABASES = TestDatabases.fresh()
            .peek(db -> new SchemaMigrator(db.dataSource()).migrate()).toList();

    static Stream<TestDatabase> databases() {
        return DATABASES.stream();
    }

    private static WebhookSubscriptions service(TestDatabase db, boolean developmentMode) {
        Transactions tx = new Transactions(db.dataSource());
        return new WebhookSubscriptions(new SubscriptionStore(tx), new Outbox(tx), developmentMode, Clock.systemUTC());
    }

    @Test
    void onlyHttpsOutsideDevelopmentAndPlainHttpOnlyToThisMachineInIt() {
        assertThat(WebhookUrls.problem("https://shop.example/hook", false)).isEmpty();
        assertThat(WebhookUrls.problem("http://shop.example/hook", false)).contains("must use https");
        assertThat(WebhookUrls.problem("http://127.0.0.1:8000/hook", false)).contains("must use https");
        assertThat(WebhookUrls.problem("http://127.0.0.1:8000/hook", true)).isEmpty();
        assertThat(WebhookUrls.problem("http://localhost/hook", true)).isEmpty();
        assertThat(WebhookUrls.problem("http://[::1]:8000/hook", true)).isEmpty();
        assertThat(WebhookUrls.problem("http://shop.example/hook", true)).get().asString().contains("https");
        assertThat(WebhookUrls.problem("http://localhost.shop.example/hook", true)).isPresent();
        assertThat(WebhookUrls.problem("https://user:pw@shop.example/hook", false)).get().asString().contains("user info");
        assertThat(WebhookUrls.problem("/relative", false)).isPresent();
        assertThat(WebhookUrls.problem("https://exa mple.com", false)).get().asString().contains("not a URL");
        assertThat(WebhookUrls.problem("ftp://shop.example/hook", true)).isPresent();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSubscriptionShowsItsSecretOnceAndBelongsToItsShop(TestDatabase db) {
        WebhookSubscriptions service = service(db, false);
        String shop = "shop-" + UUID.randomUUID();
        SubscriptionDto created = service.subscribe(new SubscriptionRequestDto("https://shop.example/hook",
                List.of("return.received", "return.received", "return.delayed"), null), shop);
        assertThat(created.secret()).matches("whsec_[0-9a-f]{64}");
        assertThat(created.events()).containsExactly("return.received", "return.delayed");
        assertThat(created.shopId()).isEqualTo(shop);
        assertThat(service.list(shop)).singleElement().satisfies(s -> assertThat(s.secret()).isNull());
        assertThat(service.get(created.id(), shop).secret()).isNull();
        assertThat(service.list(null)).extracting(SubscriptionDto::id).contains(created.id());

        assertThatThrownBy(() -> service.get(created.id(), "another")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(created.id(), "another")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.deliveries(created.id(), "another")).isInstanceOf(NotFoundException.class);
        service.delete(created.id(), shop);
        assertThat(service.list(shop)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void badSubscriptionsAreRefusedNamingEveryFieldAndStoreNothing(TestDatabase db) {
        WebhookSubscriptions service = service(db, false);
        String shop = "shop-" + UUID.randomUUID();
        assertThatThrownBy(() -> service.subscribe(new SubscriptionRequestDto("http://shop.example/hook",
                List.of("return.received", "return.teleported"), "someone-else"), shop))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("shopId", "url", "events[1]"));
        assertThatThrownBy(() -> service.subscribe(new SubscriptionRequestDto("https://shop.example/hook",
                List.of("return.received"), null), null))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("shopId"));
        assertThat(service.list(shop)).isEmpty();
        assertThat(service.subscribe(new SubscriptionRequestDto("https://shop.example/hook", List.of("return.received"),
                shop), null).shopId()).as("an admin names the shop").isEqualTo(shop);
    }
}
