package io.returnrouter.api.returns;

import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.capacity.CapacityKind;
import io.returnrouter.core.capacity.Claim;
import io.returnrouter.core.capacity.HubPeriod;
import io.returnrouter.core.quote.ParcelQuote;
import io.returnrouter.core.quote.Quote;
import io.returnrouter.core.quote.QuoteResult;
import io.returnrouter.core.quote.RankedOption;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each quoted option books, stored with the quote: a confirmation books exactly what the
 * customer was shown, without enumerating the return again in a network that may have changed.
 */
public final class OptionClaims {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type STORED = new HashMap<String, Option>() { }.getClass().getGenericSuperclass();

    /** One quoted option: the parcel's volume and the buckets it books. */
    public record Option(long volumeCm3, List<Stored> claims) {

        List<Claim> toClaims() {
            return claims.stream().map(Stored::toClaim).toList();
        }
    }

    /** A claim as stored. */
    public record Stored(String kind, String resourceId, LocalDate day, long volumeCm3, int capacityParcels,
                  long capacityVolumeCm3) {

        static Stored of(Claim claim) {
            Bucket b = claim.bucket();
            return new Stored(b.kind().name(), b.resourceId(), b.day(), claim.volumeCm3(), claim.capacityParcels(),
                    claim.capacityVolumeCm3());
        }

        Claim toClaim() {
            return new Claim(new Bucket(CapacityKind.valueOf(kind), resourceId, day), volumeCm3, capacityParcels,
                    capacityVolumeCm3);
        }
    }

    private OptionClaims() {
    }

    static String toJson(QuoteResult result, HubPeriod period) {
        Map<String, Option> options = new LinkedHashMap<>();
        if (result instanceof Quote quote) {
            for (ParcelQuote parcel : quote.parcels()) {
                long volume = parcel.spec().volumeCm3();
                for (RankedOption ranked : parcel.options()) {
                    options.put(ranked.option().id(), new Option(volume,
                            CapacityClaims.of(ranked.option(), volume, period).stream().map(Stored::of).toList()));
                }
            }
        }
        return JSON.toJson(options);
    }

    static Map<String, Option> fromJson(String json) {
        return json == null ? Map.of() : JSON.fromJson(json, STORED);
    }
}
