package io.returnrouter.app.http;

import io.returnrouter.api.problem.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an RFC 9457 problem from servlet code, for the answers given before or outside JAX-RS
 * (whose exception mappers write all others), with the same type URIs as
 * {@link io.returnrouter.api.problem.Problems}.
 */
final class ProblemWriter {

    private static final String TYPE_BASE = "https://returnrouter.io/problems/";
    private static final Jsonb JSONB = JsonbBuilder.create();

    private ProblemWriter() {
    }

    static void write(HttpServletResponse response, int status, String slug, String title, String detail,
                      List<Problem.FieldError> errors) throws IOException {
        byte[] body = JSONB.toJson(new Problem(TYPE_BASE + slug, title, status, detail, null, errors))
                .getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
