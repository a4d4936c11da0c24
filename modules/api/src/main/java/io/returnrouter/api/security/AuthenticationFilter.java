package io.returnrouter.api.security;

import io.returnrouter.auth.InvalidTokenException;
import io.returnrouter.auth.TokenClaims;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Verifies the bearer token of a request, when it has one, and makes its caller known to the
 * request. A missing token is decided by {@link AuthorizationFilter} (open endpoints need none); a
 * token that is present but invalid is always a 401.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    AuthKeys keys;

    @Inject
    VerifiedTokens tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(AuthProblems.unauthenticated(
                    "Send a bearer token: Authorization: Bearer <token> (docs/security.md).", true));
            return;
        }
        AuthKeys.Settings settings = keys.settings();
        try {
            TokenClaims claims = tokens.verify(header.substring(BEARER.length()).trim(), settings);
            Caller caller = Caller.of(claims);
            request.setProperty(Caller.PROPERTY, caller);
            request.setSecurityContext(new CallerSecurityContext(caller,
                    request.getSecurityContext() != null && request.getSecurityContext().isSecure()));
        } catch (InvalidTokenException e) {
            request.abortWith(AuthProblems.unauthenticated("The bearer token is not valid: " + e.getMessage() + ".",
                    true));
        }
    }
}
