package io.returnrouter.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.api.problem.Problem;
import org.junit.jupiter.api.Test;

class QueryGuardTest {

    @Test
    void namesEachParameterWithAControlCharacter() {
        assertThat(QueryGuard.problemsOf("name=a%00b&runs=ok&limit=%0A"))
                .extracting(Problem.FieldError::field).containsExactly("query.name", "query.limit");
        assertThat(QueryGuard.problemsOf("a%7Fb=1")).extracting(Problem.FieldError::field).containsExactly("query");
    }

    @Test
    void letsOtherQueriesThrough() {
        assertThat(QueryGuard.problemsOf(null)).isEmpty();
        assertThat(QueryGuard.problemsOf("runs=a,b&name=Malm%C3%B6+hub&x")).isEmpty();
        assertThat(QueryGuard.problemsOf("bad=%ZZ")).isEmpty();
    }
}
