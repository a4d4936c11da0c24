package io.returnrouter.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An abuse limit on how many of something one request may carry (items per return, returns per
 * plan): a list with more elements, or a count above it, is answered 413 rather than 400, since
 * the request is valid in kind but too large (docs/security.md lists the limits).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {CountLimitValidator.ForCollections.class, CountLimitValidator.ForNumbers.class})
public @interface CountLimit {

    /** The most allowed. */
    long value();

    String message() default "at most {value} per request (docs/security.md, abuse limits)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
