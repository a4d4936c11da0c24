-- Issue 16: webhooks to shops, delivered from an outbox; alerts; what happened to each return.

-- A shop's subscription: where to send which events, signed with its secret.
CREATE TABLE webhook_subscription (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    shop_id              VARCHAR(64)   NOT NULL,
    url                  VARCHAR(2000) NOT NULL,
    events               VARCHAR(1000) NOT NULL,
    secret               VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    deleted_at           TIMESTAMP
);
CREATE INDEX webhook_subscription_by_shop ON webhook_subscription (shop_id);

-- The outbox: one row per event and subscription, written in the transaction that made the event
-- happen. Any instance claims due rows (FOR UPDATE SKIP LOCKED) under a lease; attempts is the
-- fencing token of the claim, so a late answer of an instance whose lease expired changes nothing.
CREATE TABLE webhook_delivery (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    subscription_id      VARCHAR(36)   NOT NULL REFERENCES webhook_subscription (id),
    event_id             VARCHAR(80)   NOT NULL,
    event_type           VARCHAR(40)   NOT NULL,
    return_id            VARCHAR(64)   NOT NULL,
    payload              TEXT          NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    attempts             INTEGER       NOT NULL,
    next_attempt_at      TIMESTAMP     NOT NULL,
    window_start         TIMESTAMP     NOT NULL,
    lease_owner          VARCHAR(120),
    lease_until          TIMESTAMP,
    created_at           TIMESTAMP     NOT NULL,
    delivered_at         TIMESTAMP,
    last_status_code     INTEGER,
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_by_subscription ON webhook_delivery (subscription_id, created_at);

-- Every attempt, for the delivery log.
CREATE TABLE webhook_attempt (
    delivery_id          VARCHAR(36)   NOT NULL REFERENCES webhook_delivery (id),
    attempt              INTEGER       NOT NULL,
    instance_id          VARCHAR(120)  NOT NULL,
    started_at           TIMESTAMP     NOT NULL,
    duration_ms          INTEGER       NOT NULL,
    status_code          INTEGER,
    error                VARCHAR(500),
    PRIMARY KEY (delivery_id, attempt)
);

-- What happened to each confirmed return, as the status changes said, beside what was planned:
-- read by the alerts and the KPIs. Kept up to date in each status change's transaction.
CREATE TABLE return_progress (
    return_id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    shop_id              VARCHAR(64)   NOT NULL,
    market               VARCHAR(2)    NOT NULL,
    status               VARCHAR(24)   NOT NULL,
    status_at            TIMESTAMP     NOT NULL,
    carrier              VARCHAR(64),
    hub_id               VARCHAR(80),
    planned_hand_in      DATE,
    planned_hub          DATE,
    planned_warehouse    DATE,
    confirmed_at         TIMESTAMP,
    handed_in_at         TIMESTAMP,
    at_hub_at            TIMESTAMP,
    received_at          TIMESTAMP,
    outcome_at           TIMESTAMP,
    outcome              VARCHAR(24),
    refund_deadline      DATE,
    closed               BOOLEAN       NOT NULL
);
CREATE INDEX return_progress_open ON return_progress (closed, market);

-- Alerts raised, one per return, kind and late milestone: raising one twice is impossible.
CREATE TABLE return_alert (
    return_id            VARCHAR(64)   NOT NULL,
    kind                 VARCHAR(40)   NOT NULL,
    milestone            VARCHAR(20)   NOT NULL,
    event_id             VARCHAR(80)   NOT NULL,
    expected_on          DATE,
    raised_at            TIMESTAMP     NOT NULL,
    PRIMARY KEY (return_id, kind, milestone)
);

-- Periodic jobs that one instance at a time should run (the alert check): who holds it, until when.
CREATE TABLE job_lease (
    name                 VARCHAR(80)   NOT NULL PRIMARY KEY,
    owner                VARCHAR(120),
    lease_until          TIMESTAMP
);
INSERT INTO job_lease (name, owner, lease_until) VALUES ('alerts', NULL, NULL);
