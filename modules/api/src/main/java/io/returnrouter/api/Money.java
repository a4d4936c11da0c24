package io.returnrouter.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euro amounts at the API boundary: integer cents inside, decimal euros in JSON. */
public final class Money {

    private Money() {
    }

    public static BigDecimal eur(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** Rounded half up to the cent. */
    public static long cents(BigDecimal eur) {
        return eur.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }
}
