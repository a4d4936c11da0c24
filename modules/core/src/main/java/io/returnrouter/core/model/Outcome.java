package io.returnrouter.core.model;

/** What the customer wants in exchange for the goods. */
public enum Outcome {
    REFUND, EXCHANGE, STORE_CREDIT
}
