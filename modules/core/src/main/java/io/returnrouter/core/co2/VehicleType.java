package io.returnrouter.core.co2;

/** The vehicle classes of the GLEC Framework that carry a return, each with its own intensity. */
public enum VehicleType {
    /** Light commercial van collecting and delivering parcels. */
    PARCEL_VAN,
    /** Large van with a crew of two for bulky goods. */
    TWO_PERSON_VAN,
    /** Rigid truck or swap body between a carrier's parcel depots. */
    PARCEL_LINEHAUL,
    /** Articulated truck with a full trailer from a hub to the warehouse. */
    FULL_TRUCK
}
