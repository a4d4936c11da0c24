package io.returnrouter.core.model;

/** How the goods leave the customer. */
public enum FirstMileMode {
    HOME_PICKUP, DROP_OFF_POINT, STORE
}
