package io.returnrouter.persistence.returns;

import io.returnrouter.core.capacity.Bucket;

/** What is booked in one bucket. */
public record BucketLoad(Bucket bucket, int parcels, long volumeCm3) {
}
