package io.returnrouter.core.pricing;

import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.PickupSlot;

/** What is already booked in the period: the loads a new parcel is priced against. */
public interface LoadView {

    int hubParcels(Hub hub);

    long hubVolumeCm3(Hub hub);

    int departureParcels(Departure departure);

    long departureVolumeCm3(Departure departure);

    int dropOffPointParcels(DropOffPoint point);

    int pickupSlotParcels(PickupSlot slot);
}
