package io.returnrouter.api.security;

import io.returnrouter.auth.Roles;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Lets a request reach its resource method only when the caller has a role the method (or else
 * its class) allows with {@link RolesAllowed}; {@link PermitAll} is open to anyone. A resource
 * that says nothing is for admins only, so a forgotten annotation never opens an endpoint. Admins
 * have every role. Market scope (a manager's own countries) is checked by the rules resource.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {

    private static final List<String> ADMIN_ONLY = List.of(Roles.ADMIN);

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return; // nothing matched: the runtime answers 404/405 itself
        }
        Access access = access(method);
        if (access == null) {
            access = access(resource.getResourceClass());
        }
        if (access == null) {
            access = new Access(false, ADMIN_ONLY);
        }
        if (access.open()) {
            return;
        }
        Caller caller = (Caller) request.getProperty(Caller.PROPERTY);
        if (caller == null) {
            request.abortWith(AuthProblems.unauthenticated(
                    "This endpoint needs a bearer token (Authorization: Bearer <token>); see docs/security.md.", false));
            return;
        }
        if (access.roles().stream().noneMatch(caller::hasRole)) {
            request.abortWith(AuthProblems.forbidden("This needs the role " + String.join(" or ", access.roles())
                    + "; the token has " + (caller.roles().isEmpty() ? "no role" : String.join(", ", caller.roles()))
                    + "."));
        }
    }

    private static Access access(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return new Access(false, List.of());
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return new Access(true, List.of());
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        return roles == null ? null : new Access(false, Arrays.asList(roles.value()));
    }

    private record Access(boolean open, List<String> roles) {
    }
}
