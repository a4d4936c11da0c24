package io.returnrouter.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;

/** Checks {@link CountLimit} on lists and on counts; null passes (other constraints decide). */
final class CountLimitValidator {

    private CountLimitValidator() {
    }

    public static final class ForCollections implements ConstraintValidator<CountLimit, Collection<?>> {
        private long max;

        @Override
        public void initialize(CountLimit limit) {
            max = limit.value();
        }

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null || value.size() <= max;
        }
    }

    public static final class ForNumbers implements ConstraintValidator<CountLimit, Number> {
        private long max;

        @Override
        public void initialize(CountLimit limit) {
            max = limit.value();
        }

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            return value == null || value.longValue() <= max;
        }
    }
}
