-- Markets and carriers known to this installation; the plug-in modules seed them on first start.
CREATE TABLE market (
    code        VARCHAR(2)   NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    currency    VARCHAR(3)   NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);

CREATE TABLE carrier (
    id          VARCHAR(40)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);
