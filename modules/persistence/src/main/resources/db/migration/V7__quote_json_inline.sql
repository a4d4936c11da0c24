-- Store a quote's request and answer inline. TEXT is a CLOB in H2, so every stored quote went
-- through H2's LOB storage twice (created as a temporary LOB, then copied into the table): extra
-- writes per quote and garbage that made the embedded database file grow. VARCHAR without a
-- length is H2's inline string (limit 1,000,000,000 characters) and on PostgreSQL the same
-- storage as TEXT (a binary-compatible change, no table rewrite).
ALTER TABLE return_request ALTER COLUMN request_json SET DATA TYPE VARCHAR;
ALTER TABLE return_request ALTER COLUMN response_json SET DATA TYPE VARCHAR;
