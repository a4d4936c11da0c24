package io.returnrouter.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A named variation of the network, the market rules and the weights: changes applied in order
 * by {@link ScenarioApplier}. A scenario without changes is the base itself.
 *
 * @param description free text; empty when not given
 */
public record Scenario(String name, String description, List<ScenarioChange> changes) {

    public Scenario {
        if (name == null || name.isBlank()) {
            throw InvalidScenarioException.of("name", "must not be blank");
        }
        description = description == null ? "" : description;
        if (changes == null) {
            throw InvalidScenarioException.of("changes", "must not be null");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int k = 0; k < changes.size(); k++) {
            if (changes.get(k) == null) {
                errors.add(new FieldError("changes[" + k + "]", "must not be null"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidScenarioException(errors);
        }
        changes = List.copyOf(changes);
    }

    /**
     * Builds changes one by one (e.g. from request DTOs) and reports every invalid one at once, its
     * fields under {@code changes[i]}: an {@link InvalidScenarioException} keeps its fields, any
     * other {@link IllegalArgumentException} (e.g. from a {@code Hub}'s constructor) is reported
     * on {@code changes[i]} itself.
     */
    public static List<ScenarioChange> buildChanges(List<? extends Supplier<? extends ScenarioChange>> makers) {
        List<ScenarioChange> changes = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int k = 0; k < makers.size(); k++) {
            String prefix = "changes[" + k + "]";
            try {
                ScenarioChange change = makers.get(k).get();
                if (change == null) {
                    errors.add(new FieldError(prefix, "must not be null"));
                }
                changes.add(change);
            } catch (InvalidScenarioException e) {
                errors.addAll(e.prefixed(prefix).errors());
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new FieldError(prefix, String.valueOf(e.getMessage())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidScenarioException(errors);
        }
        return List.copyOf(changes);
    }

    /** One line per change, for listings. */
    public List<String> describeChanges() {
        return changes.stream().map(ScenarioChange::describe).toList();
    }
}
