package io.returnrouter.core.rules;

/** Whether goods from a market cross the EU customs border on their way to an EU warehouse. */
public enum CustomsStatus {
    EU_CUSTOMS_UNION, OUTSIDE_EU_CUSTOMS_UNION
}
