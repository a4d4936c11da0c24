package io.returnrouter.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** The RFC 9457 problem schema of the OpenAPI document, and an example answer per status. */
final class ProblemSchema {

    static final String FIELD_ERROR = "FieldError";
    private static final String TYPE_BASE = "https://returnrouter.io/problems/";

    private ProblemSchema() {
    }

    static Schema problem() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; every error answer of this API is one")
                .addProperty("type", string("A stable URI naming the kind of problem (see docs/api.md)").format("uri"))
                .addProperty("title", string("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", string("What went wrong with this request, in words for a person"))
                .addProperty("instance", string("The request this answer is about, when known").nullable(true))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .description("One entry per offending field or parameter; empty when none applies")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR)))
                .required(List.of("type", "title", "status"));
    }

    static Schema fieldError() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", string("A body field by its JSON path (items[0].weightKg), or a parameter as "
                        + "query.<name>, path.<name> or header.<name>"))
                .addProperty("message", string("What is wrong with it"))
                .required(List.of("field", "message"));
    }

    static Map<String, Object> example(int status, String path, PathItem.HttpMethod method,
                                       List<Parameter> parameters) {
        Map<String, Object> example = new LinkedHashMap<>();
        String[] kind = kind(status);
        example.put("type", TYPE_BASE + kind[0]);
        example.put("title", kind[1]);
        example.put("status", status);
        example.put("detail", kind[2]);
        List<Map<String, String>> errors = List.of();
        if (status == 400 || status == 422) {
            String field = parameters != null && !parameters.isEmpty() && method == PathItem.HttpMethod.GET
                    ? parameters.get(0).getIn().toString().toLowerCase(java.util.Locale.ROOT) + "."
                    + parameters.get(0).getName() : "items[0].weightKg";
            errors = List.of(Map.of("field", field, "message", status == 400 ? "must be greater than 0"
                    : "breaks a rule of the market"));
        }
        example.put("errors", errors);
        return example;
    }

    private static String[] kind(int status) {
        return switch (status) {
            case 400 -> new String[] {"validation-failed", "Invalid request", "1 field is invalid"};
            case 401 -> new String[] {"unauthenticated", "Unauthorized", "The bearer token is not valid: the token has "
                    + "expired."};
            case 403 -> new String[] {"forbidden", "Forbidden", "This needs the role planner; the token has shop."};
            case 404 -> new String[] {"not-found", "Not Found", "No such resource."};
            case 409 -> new String[] {"conflict", "Conflict", "The resource changed in between."};
            case 412 -> new String[] {"precondition-failed", "Precondition Failed",
                "If-Match is not the newest version."};
            case 413 -> new String[] {"payload-too-large", "Content Too Large", "The request body is larger than "
                    + "1048576 bytes."};
            case 415 -> new String[] {"unsupported-media-type", "Unsupported Media Type", "Send the body as JSON with "
                    + "Content-Type: application/json."};
            case 422 -> new String[] {"unprocessable", "Unprocessable Content", "The request breaks a rule."};
            case 428 -> new String[] {"precondition-required", "Precondition Required", "Send If-Match."};
            case 429 -> new String[] {"too-many-requests", "Too Many Requests", "More than 600 requests a minute for "
                    + "this token; try again in 3 seconds."};
            default -> new String[] {"internal-error", "Internal Server Error", "Unexpected error; incident "
                    + "3f2a9c. The server log has the details."};
        };
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}
