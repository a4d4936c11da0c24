package io.returnrouter.app.plugins;

import io.returnrouter.core.spi.carrier.PointOffer;
import io.returnrouter.core.spi.carrier.PointsAnswer;
import io.returnrouter.core.model.PlaceDetails;

import java.util.List;

/** The nearest points of a carrier that take the parcel, nearest first, and which source found them. */
public record PointsView(String carrierId, String source, String note, List<Point> points) {

    /**
     * @param carrierPointCode with name, street, city and openingHours: absent when the source has no details
     * @param demo             true for generated demo points (offline list), false for the carrier's own
     */
    public record Point(String id, String carrierPointCode, String name, String type, double lat, double lon,
                        String countryCode, String postalCode, String street, String city, String openingHours,
                        long distanceMeters, Boolean demo) {

        static Point of(PointOffer offer) {
            PlaceDetails d = offer.details();
            return new Point(offer.pointId(), d == null ? null : d.code(), d == null ? null : d.name(),
                    offer.type().name(), offer.location().point().latitude(), offer.location().point().longitude(),
                    offer.location().countryCode(), offer.location().postalCode(),
                    d == null ? null : d.address().street(), d == null ? null : d.address().city(),
                    d == null ? null : d.openingHours(), offer.distanceMeters(),
                    d == null ? null : d.source().isDemo());
        }
    }

    static PointsView of(String carrierId, PointsAnswer answer) {
        return new PointsView(carrierId, answer.source().name(), answer.note(),
                answer.points().stream().map(Point::of).toList());
    }
}
