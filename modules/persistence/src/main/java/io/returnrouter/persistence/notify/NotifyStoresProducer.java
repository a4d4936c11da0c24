package io.returnrouter.persistence.notify;

import io.returnrouter.persistence.jdbc.Transactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/** The notification stores on the application's data source (plain JDBC: SKIP LOCKED, local transactions). */
@ApplicationScoped
public class NotifyStoresProducer {

    @Resource(lookup = "jdbc/returnrouter")
    private DataSource dataSource;

    @Produces
    SubscriptionStore subscriptions() {
        return new SubscriptionStore(new Transactions(dataSource));
    }

    @Produces
    Outbox outbox() {
        return new Outbox(new Transactions(dataSource));
    }

    @Produces
    ProgressStore progress() {
        return new ProgressStore(new Transactions(dataSource));
    }
}
