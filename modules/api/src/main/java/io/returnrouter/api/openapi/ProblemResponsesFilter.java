package io.returnrouter.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the error contract of every operation in the OpenAPI document from what the
 * operation declares, so no resource has to annotate it and a new resource gets it too: 400 when it
 * takes parameters or a body, 401, 403 and 429 when it needs a token, 404 when its path names
 * something, 413, 415 and 422 when it reads a body, and 500 everywhere; each as
 * {@code application/problem+json} with the one {@code Problem} schema and an example. Responses a
 * resource documents itself keep their description.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, ProblemSchema.problem());
        openAPI.getComponents().addSchema(ProblemSchema.FIELD_ERROR, ProblemSchema.fieldError());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() == null) {
                return;
            }
            item.getOperations().forEach((method, operation) -> complete(path, method, operation, securedByDefault));
        });
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation,
                                 boolean securedByDefault) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() == null ? securedByDefault : !operation.getSecurity().isEmpty();
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        Map<Integer, String> applicable = new LinkedHashMap<>();
        if (body || parameters) {
            applicable.put(400, "Malformed or invalid input; errors[] names each field (body fields by their JSON "
                    + "path, parameters as query.<name>, path.<name> or header.<name>)");
        }
        if (secured) {
            applicable.put(401, "No bearer token, or one that is invalid, expired or not for this service "
                    + "(WWW-Authenticate says why)");
            applicable.put(403, "The token lacks the role, or the market or shop is outside its scope");
        }
        if (path.contains("{")) {
            applicable.put(404, "Nothing of that id (or not visible to this token)");
        }
        if (body) {
            applicable.put(413, "The body, or a list in it, is larger than the documented limit");
            applicable.put(415, "The body is not sent as application/json");
            applicable.put(422, "Well-formed but breaks a rule of the domain; errors[] names the fields");
        }
        if (secured) {
            applicable.put(429, "Too many requests for this token; Retry-After says when to try again");
        }
        applicable.put(500, "An unexpected error; detail names an incident id that is in the server log");
        applicable.forEach((status, description) -> {
            if (responses.getAPIResponse(String.valueOf(status)) == null) {
                responses.addAPIResponse(String.valueOf(status),
                        OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5')) {
                problemContent(response, Integer.parseInt(code), path, method, operation.getParameters());
            }
        });
    }

    /** Every error answer is problem+json: the schema and an example of this operation. */
    private static void problemContent(APIResponse response, int status, String path, PathItem.HttpMethod method,
                                       List<Parameter> parameters) {
        Schema ref = OASFactory.createSchema().ref(REF);
        MediaType problem = OASFactory.createMediaType().schema(ref)
                .example(ProblemSchema.example(status, path, method, parameters));
        Content content = OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE, problem);
        response.setContent(content);
    }
}
