package io.returnrouter.api.problem;

import io.returnrouter.api.validation.CountLimit;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** Bean Validation failures become a 400 that names every offending field. */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<ConstraintViolation<?>> tooMany = exception.getConstraintViolations().stream()
                .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof CountLimit).toList();
        if (!tooMany.isEmpty()) {
            return tooLarge(tooMany);
        }
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return Problems.response(400, "validation-failed", "Invalid request", detail, errors);
    }

    /** An abuse limit (items per return, returns per plan) was passed: 413, naming the field and the limit. */
    private static Response tooLarge(List<ConstraintViolation<?>> violations) {
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        return Problems.response(413, "payload-too-large", "Content Too Large",
                errors.get(0).field() + ": " + errors.get(0).message(), errors);
    }

    /** "create.arg0.items[1].weightKg" → "items[1].weightKg": clients know their fields, not our method names. */
    public static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        String parameter = RequestParameters.nameOf(violation.getRootBeanClass(), nodes);
        if (parameter != null) {
            return parameter;
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                continue;
            }
            // Bean Validation puts a list index on the node after the list: items[0].weightKg
            // arrives as "items", then "weightKg" in iterable with index 0.
            if (node.isInIterable() && !field.isEmpty()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name == null || name.startsWith("<")) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(name);
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
