package io.returnrouter.api.datasets;

import io.returnrouter.api.problem.ConstraintViolationExceptionMapper;
import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.Problem.FieldError;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.returns.ReturnMapper;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.persistence.entity.DatasetEntity;
import io.returnrouter.persistence.repository.DatasetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stores an uploaded batch of returns as a dataset that plans and scenario runs can name. All or
 * nothing: a file with any problem stores nothing and every problem is reported at its line.
 */
@ApplicationScoped
public class DatasetService {

    /** As many as a generated dataset may hold. */
    static final int MAX_RETURNS = 100_000;
    /** Enough to fix a file in a few rounds without answering megabytes. */
    static final int MAX_REPORTED_ERRORS = 200;
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private final DatasetRepository datasets;
    private final Validator validator;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public DatasetService(DatasetRepository datasets, Validator validator) {
        this.datasets = datasets;
        this.validator = validator;
    }

    /** For CDI proxies only. */
    protected DatasetService() {
        this(null, null);
    }

    /** Validates every return and stores them together; throws 422 naming every line that is wrong. */
    public DatasetEntity store(String name, List<UploadedReturn> uploaded, List<FieldError> readErrors) {
        List<FieldError> errors = new ArrayList<>(readErrors);
        if (uploaded.size() > MAX_RETURNS) {
            errors.add(new FieldError("file", uploaded.size() + " returns; at most " + MAX_RETURNS + " per dataset"));
        }
        LocalDate today = LocalDate.now(clock);
        // A cell that could not be read is reported once, not again as "must not be null".
        Set<String> unreadable = readErrors.stream().map(FieldError::field).collect(Collectors.toSet());
        List<ReturnRequestDto> returns = new ArrayList<>(uploaded.size());
        for (UploadedReturn r : uploaded) {
            ReturnRequestDto dto = r.dto().requestedOnOr(today);
            returns.add(dto);
            problems(r, dto, today).stream().filter(e -> !unreadable.contains(e.field())).forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(reported(errors));
        }
        String id = UUID.randomUUID().toString();
        return datasets.save(new DatasetEntity(id, name, returns.size(), JSON.toJson(returns), clock.instant()));
    }

    public DatasetEntity get(String id) {
        return datasets.find(id).orElseThrow(() -> new NotFoundException("No dataset " + id + "."));
    }

    private List<FieldError> problems(UploadedReturn r, ReturnRequestDto dto, LocalDate today) {
        List<FieldError> errors = validator.validate(dto).stream()
                .map(v -> new FieldError(r.locate(ConstraintViolationExceptionMapper.fieldOf(v)), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            ReturnMapper.toDomain(dto, today);
            return List.of();
        } catch (UnprocessableException e) {
            return e.errors().stream().map(f -> new FieldError(r.locate(f.field()), f.message())).toList();
        }
    }

    private static List<FieldError> reported(List<FieldError> errors) {
        if (errors.size() <= MAX_REPORTED_ERRORS) {
            return errors;
        }
        List<FieldError> first = new ArrayList<>(errors.subList(0, MAX_REPORTED_ERRORS));
        first.add(new FieldError("file", (errors.size() - MAX_REPORTED_ERRORS) + " more problems not listed"));
        return first;
    }
}
