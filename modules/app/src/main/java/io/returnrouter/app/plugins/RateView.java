package io.returnrouter.app.plugins;

import io.returnrouter.core.spi.carrier.RateQuote;

/**
 * A carrier's price for the parcel. {@code source} is LIVE when the carrier's API priced it and
 * OFFLINE when the module's sample tariff did; {@code note} says why.
 */
public record RateView(String carrierId, String serviceId, String from, String to, String amount, String currency,
                       long euroCents, String source, String note) {

    static RateView of(String carrierId, RateQuote quote) {
        return new RateView(carrierId, quote.serviceId(), quote.lane().originCountry(),
                quote.lane().destinationCountry(), quote.amount().toPlainString(), quote.currency().getCurrencyCode(),
                quote.euroCents(), quote.source().name(), quote.note());
    }
}
