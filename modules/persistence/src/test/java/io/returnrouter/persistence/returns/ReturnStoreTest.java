package io.returnrouter.persistence.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.persistence.TestDatabases;
import io.returnrouter.persistence.TestDatabases.TestDatabase;
import io.returnrouter.persistence.jdbc.DatabaseUnavailableException;
import io.returnrouter.persistence.jdbc.UniqueViolationException;
import io.returnrouter.persistence.migration.SchemaMigrator;
import io.returnrouter.persistence.repository.ReturnIdTakenException;
import java.time.Instant;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReturnStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    static Stream<TestDatabase> databases() {
        return TestDatabases.fresh();
    }

    private static ReturnStore store(TestDatabase db) {
        new SchemaMigrator(db.dataSource()).migrate();
        return new ReturnStore(db.dataSource());
    }

    private static NewQuote quote(String returnId, String shop, String hash) {
        return new NewQuote(returnId, shop, "DE", "ACCEPTED", hash, "{\"r\":1}", "{\"a\":1}", "{}", NOW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theFirstQuoteIsInsertedAndASecondIsNotAnError(TestDatabase db) {
        ReturnStore store = store(db);

        assertThat(store.insertFirst(quote("R-1", "shop", "h1"), "key-1", NOW)).isTrue();
        assertThat(store.insertFirst(quote("R-1", "shop", "h2"), null, NOW)).isFalse();

        assertThat(store.find("R-1").orElseThrow().requestHash()).isEqualTo("h1");
        assertThat(store.findKey("key-1", "shop")).contains(new StoredKey("h1", "R-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aKeyStoredTwiceIsAUniqueViolationAndWritesNothing(TestDatabase db) {
        ReturnStore store = store(db);
        store.insertFirst(quote("R-1", "shop", "h1"), "key-1", NOW);

        assertThatThrownBy(() -> store.insertFirst(quote("R-2", "shop", "h2"), "key-1", NOW))
                .isInstanceOf(UniqueViolationException.class);
        assertThat(store.find("R-2")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRequoteReplacesTheQuoteOfTheSameShopOnly(TestDatabase db) {
        ReturnStore store = store(db);
        store.insertFirst(quote("R-1", "shop", "h1"), null, NOW);

        store.requote(quote("R-1", "shop", "h2"), null, NOW);

        assertThat(store.find("R-1").orElseThrow().requestHash()).isEqualTo("h2");
        assertThatThrownBy(() -> store.requote(quote("R-1", "other", "h3"), null, NOW))
                .isInstanceOf(ReturnIdTakenException.class);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsUnavailableNotADuplicate() {
        JdbcDataSource nowhere = new JdbcDataSource();
        nowhere.setURL("jdbc:h2:tcp://127.0.0.1:1/nothing-listens-here");
        ReturnStore store = new ReturnStore(nowhere);

        assertThatThrownBy(() -> store.insertFirst(quote("R-1", "shop", "h1"), null, NOW))
                .isInstanceOf(DatabaseUnavailableException.class);
    }
}
