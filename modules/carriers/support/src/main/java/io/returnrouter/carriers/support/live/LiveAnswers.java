package io.returnrouter.carriers.support.live;

import io.returnrouter.carriers.support.ExchangeRates;
import io.returnrouter.core.model.Address;
import io.returnrouter.core.model.DropOffPointType;
import io.returnrouter.core.model.GeoPoint;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.PlaceDetails;
import io.returnrouter.core.model.PlaceSource;
import io.returnrouter.core.spi.carrier.PointOffer;
import io.returnrouter.core.spi.carrier.PointQuery;
import io.returnrouter.core.spi.carrier.PointsAnswer;
import io.returnrouter.core.spi.carrier.PriceSource;
import io.returnrouter.core.spi.carrier.RateQuote;
import io.returnrouter.core.spi.carrier.RateRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Turns a carrier's live answer into a quote or points, or refuses it as malformed: a price that
 * is missing, negative, not a decimal, in an unknown currency or for another service; a point
 * without id, type or valid coordinates. A refused answer is never half-used.
 */
public final class LiveAnswers {

    private LiveAnswers() {
    }

    public static RateQuote toQuote(String carrierId, RateRequest request, RateAnswerBody answer, ExchangeRates rates) {
        if (answer == null) {
            throw new MalformedAnswerException(carrierId, "empty body");
        }
        if (!request.serviceId().equals(answer.serviceId())) {
            throw new MalformedAnswerException(carrierId, "priced service " + answer.serviceId() + ", asked for "
                    + request.serviceId());
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(require(carrierId, answer.amount(), "amount"));
        } catch (NumberFormatException e) {
            throw new MalformedAnswerException(carrierId, "amount is not a decimal: \"" + answer.amount() + "\"");
        }
        if (amount.signum() < 0 || amount.scale() > 2) {
            throw new MalformedAnswerException(carrierId, "amount must be non-negative with at most two decimals, was "
                    + amount.toPlainString());
        }
        Currency currency;
        try {
            currency = Currency.getInstance(require(carrierId, answer.currency(), "currency"));
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(carrierId, "currency is not ISO 4217: \"" + answer.currency() + "\"");
        }
        long euroCents;
        try {
            euroCents = rates.toEuroCents(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(carrierId, e.getMessage());
        }
        return new RateQuote(request.serviceId(), request.lane(), amount, currency, euroCents, PriceSource.LIVE,
                "live rate from " + carrierId);
    }

    public static PointsAnswer toPoints(String carrierId, PointQuery query, PointsAnswerBody answer) {
        if (answer == null || answer.points() == null) {
            throw new MalformedAnswerException(carrierId, "no points list");
        }
        List<PointOffer> offers = new ArrayList<>();
        for (PointBody point : answer.points()) {
            offers.add(toOffer(carrierId, query.near(), point));
        }
        offers.sort(Comparator.comparingLong(PointOffer::distanceMeters).thenComparing(PointOffer::pointId));
        return new PointsAnswer(offers.subList(0, Math.min(query.limit(), offers.size())), PriceSource.LIVE,
                "live points from " + carrierId);
    }

    /** The carrier's own words for the point when it sends a name and a city; its code is the id when it sends none. */
    private static PlaceDetails details(String id, Location location, PointBody point) {
        if (blank(point.name()) || blank(point.city())) {
            return null;
        }
        return new PlaceDetails(blank(point.code()) ? id : point.code(), point.name(),
                new Address(blank(point.street()) ? null : point.street(),
                        blank(point.postalCode()) ? null : point.postalCode(), point.city(), location.countryCode()),
                blank(point.openingHours()) ? null : point.openingHours(), PlaceSource.LIVE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static PointOffer toOffer(String carrierId, GeoPoint near, PointBody point) {
        if (point == null) {
            throw new MalformedAnswerException(carrierId, "null point");
        }
        String id = require(carrierId, point.id(), "point id");
        DropOffPointType type;
        try {
            type = DropOffPointType.valueOf(require(carrierId, point.type(), "type of point " + id)
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(carrierId, "point " + id + " has unknown type \"" + point.type() + "\"");
        }
        if (point.lat() == null || point.lon() == null) {
            throw new MalformedAnswerException(carrierId, "point " + id + " has no coordinates");
        }
        try {
            Location location = new Location(new GeoPoint(point.lat(), point.lon()),
                    require(carrierId, point.countryCode(), "country of point " + id),
                    point.postalCode() == null ? "" : point.postalCode());
            return new PointOffer(id, type, location, location.point().greatCircleMetersTo(near),
                    details(id, location, point));
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException(carrierId, "point " + id + ": " + e.getMessage());
        }
    }

    private static String require(String carrierId, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new MalformedAnswerException(carrierId, what + " is missing");
        }
        return value;
    }
}
