package io.returnrouter.core.quote;

/** Either ranked options for every parcel of the return, or the rule that rejects it. */
public sealed interface QuoteResult permits Quote, Rejection {

    String returnId();
}
