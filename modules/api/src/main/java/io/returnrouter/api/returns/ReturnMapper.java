package io.returnrouter.api.returns;

import io.returnrouter.api.Money;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.GeoPoint;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.model.SealState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Anti-corruption layer between the JSON contract and the domain. Sizes and weights are rounded
 * up (a 45.2 cm box needs 46 cm of space; 0.8001 kg weighs 801 g), so no parcel is ever put on a
 * service it does not fit.
 */
public final class ReturnMapper {

    private ReturnMapper() {
    }

    /** @param today the day a request without requestedOn was made */
    public static CustomerReturn toDomain(ReturnRequestDto dto, LocalDate today) {
        LocalDate requestedOn = dto.requestedOn() != null ? dto.requestedOn() : today;
        if (requestedOn.isBefore(dto.deliveredOn())) {
            throw new UnprocessableException("requestedOn",
                    "the return is requested on " + requestedOn + ", before the delivery on " + dto.deliveredOn());
        }
        if (dto.deliveredOn().isAfter(today)) {
            throw new UnprocessableException("deliveredOn", "lies in the future: " + dto.deliveredOn());
        }
        List<ReturnItem> items = new ArrayList<>();
        for (int i = 0; i < dto.items().size(); i++) {
            items.add(toDomain(dto.items().get(i), "items[" + i + "]"));
        }
        var customer = dto.customer();
        Location location = new Location(new GeoPoint(customer.lat().doubleValue(), customer.lon().doubleValue()),
                customer.country(), customer.postalCode());
        Optional<FirstMileMode> preferred = Optional.ofNullable(dto.preferredMode()).map(FirstMileMode::valueOf);
        try {
            return new CustomerReturn(dto.returnId(), dto.shopId(), dto.market(), location, dto.deliveredOn(),
                    requestedOn, items, dto.reason(), Outcome.valueOf(dto.outcome()), preferred);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("body", e.getMessage());
        }
    }

    /** The request a domain return would have been sent as (generated batches are stored so). */
    public static ReturnRequestDto toDto(CustomerReturn ret) {
        Location at = ret.customerLocation();
        CustomerDto customer = CustomerDto.at(BigDecimal.valueOf(at.point().latitude()),
                BigDecimal.valueOf(at.point().longitude()), at.postalCode(), at.countryCode());
        List<ItemDto> items = ret.items().stream().map(i -> new ItemDto(i.sku(), i.category(),
                BigDecimal.valueOf(i.dimensions().lengthCm()), BigDecimal.valueOf(i.dimensions().widthCm()),
                BigDecimal.valueOf(i.dimensions().heightCm()), BigDecimal.valueOf(i.weightGrams(), 3),
                Money.eur(i.valueCents()), i.hazardous(), sealed(i.seal()), null)).toList();
        return new ReturnRequestDto(ret.id(), ret.shopId(), ret.marketCountry(), customer, ret.deliveredOn(),
                ret.requestedOn(), ret.reason(), ret.wantedOutcome().name(),
                ret.preferredMode().map(Enum::name).orElse(null), items, null, null);
    }

    private static ReturnItem toDomain(ItemDto item, String field) {
        Dimensions dimensions = new Dimensions(wholeCmUp(item.lengthCm()), wholeCmUp(item.widthCm()),
                wholeCmUp(item.heightCm()));
        int grams = item.weightKg().movePointRight(3).setScale(0, RoundingMode.CEILING).intValueExact();
        return new ReturnItem(item.sku(), item.category(), dimensions, grams, Money.cents(item.valueEur()),
                Boolean.TRUE.equals(item.hazardous()), seal(item, field));
    }

    private static SealState seal(ItemDto item, String field) {
        if (item.sealed() != null && item.opened() != null && item.sealed() == item.opened()) {
            throw new UnprocessableException(field + ".opened", "contradicts " + field + ".sealed: an item is either "
                    + "sealed or opened; send one of them");
        }
        if (item.sealed() != null) {
            return item.sealed() ? SealState.SEALED : SealState.OPENED;
        }
        if (item.opened() != null) {
            return item.opened() ? SealState.OPENED : SealState.SEALED;
        }
        return SealState.NOT_STATED;
    }

    private static Boolean sealed(SealState seal) {
        return seal == SealState.NOT_STATED ? null : seal == SealState.SEALED;
    }

    private static int wholeCmUp(BigDecimal cm) {
        return cm.setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
