package io.returnrouter.api.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** Makes the token's caller visible through the standard JAX-RS SecurityContext. */
final class CallerSecurityContext implements SecurityContext {

    private final Caller caller;
    private final boolean secure;

    CallerSecurityContext(Caller caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.hasRole(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
