package io.returnrouter.api.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Names a resource method's parameter the way a client sent it: {@code query.limit},
 * {@code path.market}, {@code header.Idempotency-Key}, instead of the method's {@code arg2}.
 */
final class RequestParameters {

    private RequestParameters() {
    }

    /** The parameter a violation is about, when it is a query, path or header parameter itself. */
    static String nameOf(Class<?> resource, List<Path.Node> nodes) {
        if (nodes.size() != 2 || nodes.get(0).getKind() != ElementKind.METHOD
                || nodes.get(1).getKind() != ElementKind.PARAMETER) {
            return null;
        }
        Path.MethodNode method = nodes.get(0).as(Path.MethodNode.class);
        int index = nodes.get(1).as(Path.ParameterNode.class).getParameterIndex();
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Method declared = type.getDeclaredMethod(method.getName(),
                        method.getParameterTypes().toArray(Class<?>[]::new));
                return name(declared.getParameterAnnotations()[index]);
            } catch (NoSuchMethodException e) {
                // a CDI proxy subclass: look in the class it extends
            }
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return "query." + query.value();
            }
            if (annotation instanceof PathParam path) {
                return "path." + path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return "header." + header.value();
            }
        }
        return null;
    }
}
