package io.returnrouter.core.solver;

/** The names under which constraints appear in scores, justifications and the API. */
public final class ConstraintNames {

    public static final String HUB_PARCEL_CAPACITY = "Hub parcel capacity per period";
    public static final String HUB_VOLUME_CAPACITY = "Hub volume capacity per period";
    public static final String PICKUP_SLOTS = "Pickup slots per carrier, region and day";
    public static final String DROP_OFF_POINT_CAPACITY = "Drop-off point daily capacity";
    public static final String SERVICE_LIMITS = "Parcel within the service's limits";
    public static final String MODE_ALLOWED = "First-mile mode allowed by the market";
    public static final String DAYS_TO_WAREHOUSE = "Days to warehouse within the market's limit";

    public static final String TRANSPORT_COST = "Transport cost";
    public static final String HUB_HANDLING = "Hub handling";
    public static final String HUB_FIXED_COST = "Hub fixed cost per period";
    public static final String LINEHAUL = "Linehaul vehicles per departure";
    public static final String CUSTOMS_PER_PARCEL = "Customs per parcel";
    public static final String CUSTOMS_PER_SHIPMENT = "Customs per consolidated shipment";
    public static final String DELAY = "Delay";
    public static final String CO2 = "CO2";
    public static final String CUSTOMER_DETOUR = "Customer detour";

    private ConstraintNames() {
    }
}
