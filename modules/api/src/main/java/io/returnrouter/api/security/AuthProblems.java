package io.returnrouter.api.security;

import io.returnrouter.api.problem.Problems;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The 401 and 403 answers: problem+json like every other error, 401 with a Bearer challenge. */
final class AuthProblems {

    private AuthProblems() {
    }

    static Response unauthenticated(String detail, boolean invalidToken) {
        String challenge = "Bearer realm=\"returnrouter\"" + (invalidToken
                ? ", error=\"invalid_token\", error_description=\"" + detail.replace("\"", "'") + "\"" : "");
        return Response.fromResponse(Problems.response(401, "unauthenticated", "Unauthorized", detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    static Response forbidden(String detail) {
        return Problems.response(403, "forbidden", "Forbidden", detail);
    }
}
