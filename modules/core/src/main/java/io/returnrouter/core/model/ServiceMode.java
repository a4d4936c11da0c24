package io.returnrouter.core.model;

/** What a carrier service does; the first-mile modes map onto {@link FirstMileMode}. */
public enum ServiceMode {
    HOME_PICKUP(FirstMileMode.HOME_PICKUP),
    DROP_OFF(FirstMileMode.DROP_OFF_POINT),
    FREIGHT_PICKUP(FirstMileMode.HOME_PICKUP),
    LINEHAUL(null);

    private final FirstMileMode firstMileMode;

    ServiceMode(FirstMileMode firstMileMode) {
        this.firstMileMode = firstMileMode;
    }

    public boolean isFirstMile() {
        return firstMileMode != null;
    }

    public FirstMileMode firstMileMode() {
        if (firstMileMode == null) {
            throw new IllegalStateException(this + " is not a first-mile mode");
        }
        return firstMileMode;
    }
}
