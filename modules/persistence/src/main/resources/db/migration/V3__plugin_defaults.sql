-- The defaults each market and carrier module ships (its market.json / carrier.json), stored on
-- the first start that sees the module. From then on the database is the source of truth: the
-- rules admin edits these rows, and a newer module version never overwrites them (rows are only
-- inserted when absent). source_module names the class that supplied the document.
CREATE TABLE plugin_default (
    kind           VARCHAR(10)     NOT NULL,
    code           VARCHAR(40)     NOT NULL,
    source_module  VARCHAR(200)    NOT NULL,
    document       VARCHAR(100000) NOT NULL,
    seeded_at      TIMESTAMP       NOT NULL,
    PRIMARY KEY (kind, code)
);
