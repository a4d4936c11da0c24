-- The capacity ledger: what confirmed returns hold of each capacity-limited resource, per time
-- bucket (pickup slot and drop-off point per day, hub per period, line-haul departure per date).
-- A booking raises a bucket with one conditional UPDATE that cannot exceed the capacity, so any
-- number of instances on this database can confirm at once without overbooking.
CREATE TABLE capacity_bucket (
    kind                 VARCHAR(20)  NOT NULL,
    resource_id          VARCHAR(160) NOT NULL,
    bucket_day           DATE         NOT NULL,
    parcels              INTEGER      NOT NULL,
    volume_cm3           BIGINT       NOT NULL,
    PRIMARY KEY (kind, resource_id, bucket_day),
    CONSTRAINT capacity_bucket_not_negative CHECK (parcels >= 0 AND volume_cm3 >= 0)
);

-- Quotes read the loads of the days they offer.
CREATE INDEX capacity_bucket_by_day ON capacity_bucket (bucket_day);

-- What each parcel of a confirmed return holds, so cancelling releases exactly that.
CREATE TABLE capacity_hold (
    return_id            VARCHAR(64)  NOT NULL REFERENCES return_request (return_id),
    parcel_id            VARCHAR(80)  NOT NULL,
    kind                 VARCHAR(20)  NOT NULL,
    resource_id          VARCHAR(160) NOT NULL,
    bucket_day           DATE         NOT NULL,
    volume_cm3           BIGINT       NOT NULL,
    PRIMARY KEY (return_id, parcel_id, kind, resource_id, bucket_day)
);

-- The buckets each quoted option would book, so a confirmation books what the customer saw;
-- the confirmation itself (its hash, for identical repeats, and its Idempotency-Key); cancellation.
ALTER TABLE return_request ADD COLUMN claims_json TEXT;
ALTER TABLE return_request ADD COLUMN confirmation_hash VARCHAR(64);
ALTER TABLE return_request ADD COLUMN confirmation_key VARCHAR(200);
ALTER TABLE return_request ADD COLUMN cancelled_at TIMESTAMP;
