package io.returnrouter.api.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request record whose unknown JSON fields are a 422 naming them instead of being ignored: where
 * a misspelt field would silently keep an old value (a rules change), the client must hear of it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RejectUnknownFields {
}
