package io.returnrouter.api.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Lets Bean Validation walk every property of the request bodies it checks. With JPA on the
 * class path the default resolver asks every persistence provider, for every property of every
 * item of a request, whether it is loaded: a question that only makes sense for entities, and
 * the largest share of validating a quote under load (docs/performance.md). Request bodies are
 * plain records, always fully loaded. Entities are not affected: JPA validates them at lifecycle
 * events with its own resolver, and ours carry no constraints.
 */
public class DetachedRequestTraversal implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
