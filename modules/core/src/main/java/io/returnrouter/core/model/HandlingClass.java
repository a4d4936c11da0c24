package io.returnrouter.core.model;

/** Items of different handling classes never share a parcel. */
public enum HandlingClass {
    /** Fits a normal parcel service. */
    PARCEL,
    /** Dangerous goods (batteries, aerosols): only services that accept them. */
    HAZARDOUS,
    /** Too large or heavy for any parcel service: freight pickup. */
    FREIGHT
}
