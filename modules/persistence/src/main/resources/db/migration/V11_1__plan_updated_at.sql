-- Plans are listed newest first with the time of their last change (status, best score, result),
-- so a planner sees which plans moved without opening each one.
ALTER TABLE plan ADD COLUMN updated_at TIMESTAMP;
UPDATE plan SET updated_at = COALESCE(finished_at, started_at, created_at);
ALTER TABLE plan ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX plan_created_at_idx ON plan (created_at);
