package io.returnrouter.api.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.returnrouter.api.problem.InvalidQueryException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.persistence.entity.PlanEntity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanListQueryTest {

    @Test
    void absentParametersMeanTheFirstPageOfTwentyOfAnyStatus() {
        PlanListQuery query = PlanListQuery.parse(null, null, null);

        assertThat(query).isEqualTo(new PlanListQuery(null, 0, 20));
        assertThat(query.offset()).isZero();
    }

    @Test
    void statusIsReadInAnyCaseAndPagesCountFromZero() {
        PlanListQuery query = PlanListQuery.parse("solving", "3", "25");

        assertThat(query.status()).isEqualTo(PlanEntity.Status.SOLVING);
        assertThat(query.offset()).isEqualTo(75);
    }

    @Test
    void everyWrongParameterIsNamedInOneProblem() {
        InvalidQueryException e = catchThrowableOfType(InvalidQueryException.class,
                () -> PlanListQuery.parse("DONE", "-1", "101"));

        assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("status", "page", "size");
        assertThat(e.errors().get(0).message()).contains("QUEUED", "DONE");
        assertThat(e.getMessage()).isEqualTo("3 query parameters are invalid");
    }

    @Test
    void aWordIsNotANumber() {
        InvalidQueryException e = catchThrowableOfType(InvalidQueryException.class,
                () -> PlanListQuery.parse(null, null, "ten"));

        assertThat(e.errors())
                .containsExactly(new Problem.FieldError("size", "must be a whole number from 1 to 100, was 'ten'"));
    }

    @Test
    void savingIsTruncatedToTheHundredthOfAPercentAsThePlanStatesIt() {
        assertThat(PlanListView.savingPercent(9_000, 10_000)).isEqualByComparingTo("10.00");
        assertThat(PlanListView.savingPercent(2_001, 3_000)).isEqualByComparingTo("33.30");
        assertThat(PlanListView.savingPercent(10_500, 10_000)).isEqualByComparingTo("-5.00");
        assertThat(List.of(PlanListView.savingPercent(1, 3).scale())).containsExactly(2);
    }
}
