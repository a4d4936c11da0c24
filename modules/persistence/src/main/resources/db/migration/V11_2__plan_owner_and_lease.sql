-- A plan belongs to the instance that claimed it, for as long as that instance renews its lease.
-- Any instance claims a QUEUED plan, or a SOLVING plan whose lease has expired (its owner died);
-- attempt counts the claims, so an owner that lost its lease can never store over its successor.
-- cancel_requested carries a DELETE received by any instance to the owner. rules_versions records
-- the market rules versions in force when the plan was submitted, so a re-solve uses the same.
ALTER TABLE plan ADD COLUMN owner VARCHAR(200);
ALTER TABLE plan ADD COLUMN lease_until TIMESTAMP;
ALTER TABLE plan ADD COLUMN attempt INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE plan ADD COLUMN cancel_requested BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE plan ADD COLUMN rules_versions VARCHAR(2000);
CREATE INDEX plan_claim_idx ON plan (status, lease_until);
