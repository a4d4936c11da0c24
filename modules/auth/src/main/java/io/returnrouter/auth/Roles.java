package io.returnrouter.auth;

import java.util.List;

/** The roles a token may carry; {@link #ADMIN} implicitly has every other role. */
public final class Roles {

    public static final String SHOP = "shop";
    public static final String PLANNER = "planner";
    public static final String MARKET_MANAGER = "market-manager";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(SHOP, PLANNER, MARKET_MANAGER, ADMIN);

    /** The issuer every ReturnRouter token carries (claim iss) unless configured otherwise. */
    public static final String DEFAULT_ISSUER = "returnrouter";

    /** The audience (claim aud) a token must name to be used here unless configured otherwise. */
    public static final String DEFAULT_AUDIENCE = "returnrouter";

    private Roles() {
    }
}
