-- Returns quoted for shop backends, with the answer they got (replayed for idempotent retries).
CREATE TABLE return_request (
    return_id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    shop_id              VARCHAR(64)  NOT NULL,
    market               VARCHAR(2)   NOT NULL,
    decision             VARCHAR(10)  NOT NULL,
    request_hash         VARCHAR(64)  NOT NULL,
    request_json         TEXT         NOT NULL,
    response_json        TEXT         NOT NULL,
    quoted_at            TIMESTAMP    NOT NULL,
    confirmed_at         TIMESTAMP
);

-- Idempotency-Key header values: the same key and body give the stored answer again.
CREATE TABLE idempotency_record (
    idempotency_key      VARCHAR(200) NOT NULL,
    shop_id              VARCHAR(64)  NOT NULL,
    request_hash         VARCHAR(64)  NOT NULL,
    return_id            VARCHAR(64)  NOT NULL REFERENCES return_request (return_id),
    created_at           TIMESTAMP    NOT NULL,
    PRIMARY KEY (idempotency_key, shop_id)
);

-- The route a shop confirmed for each parcel; counts against hub, point and pickup capacity.
CREATE TABLE route_confirmation (
    return_id            VARCHAR(64)  NOT NULL REFERENCES return_request (return_id),
    parcel_id            VARCHAR(80)  NOT NULL,
    option_id            VARCHAR(255) NOT NULL,
    volume_cm3           BIGINT       NOT NULL,
    confirmed_at         TIMESTAMP    NOT NULL,
    PRIMARY KEY (return_id, parcel_id)
);

-- Stored batches of returns, reused so scenario runs compare on the same data.
CREATE TABLE dataset (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    return_count         INTEGER      NOT NULL,
    returns_json         TEXT         NOT NULL,
    created_at           TIMESTAMP    NOT NULL
);

CREATE TABLE scenario (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    description          VARCHAR(1000),
    changes_json         TEXT         NOT NULL,
    created_at           TIMESTAMP    NOT NULL
);

CREATE TABLE plan (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    dataset_id           VARCHAR(36)  NOT NULL REFERENCES dataset (id),
    scenario_id          VARCHAR(36)  REFERENCES scenario (id),
    status               VARCHAR(12)  NOT NULL,
    time_limit_seconds   INTEGER      NOT NULL,
    weights_json         TEXT         NOT NULL,
    created_at           TIMESTAMP    NOT NULL,
    started_at           TIMESTAMP,
    finished_at          TIMESTAMP,
    best_score           VARCHAR(80),
    feasible             BOOLEAN,
    cost_cents           BIGINT,
    greedy_cost_cents    BIGINT,
    progress_json        TEXT,
    result_json          TEXT,
    failure              VARCHAR(1000)
);
CREATE INDEX plan_status_idx ON plan (status);

-- Every parcel's route in a finished plan; read page by page.
CREATE TABLE plan_assignment (
    plan_id              VARCHAR(36)  NOT NULL REFERENCES plan (id),
    seq                  INTEGER      NOT NULL,
    parcel_id            VARCHAR(80)  NOT NULL,
    return_id            VARCHAR(64)  NOT NULL,
    assignment_json      TEXT         NOT NULL,
    PRIMARY KEY (plan_id, seq)
);
