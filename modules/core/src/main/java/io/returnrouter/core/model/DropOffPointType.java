package io.returnrouter.core.model;

public enum DropOffPointType {
    PARCEL_SHOP, LOCKER, POST_OFFICE
}
