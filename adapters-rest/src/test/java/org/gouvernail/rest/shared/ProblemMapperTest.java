package org.gouvernail.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void aKeyTheDatabaseRefusedAfterTheServiceCheckedItIsAConcurrentChangeNotAServerError() {
        Exception atCommit = new IllegalStateException(
                "commit failed",
                new RuntimeException(
                        "could not execute statement",
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")));

        Response response = mapper.unexpected(atCommit, null, null);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).type()).isEqualTo(Problem.TYPE_PREFIX + "concurrent-change");
        assertThat(((Problem) response.getEntity()).detail()).startsWith("Une autre requête");
    }

    @Test
    void anUnreadableParameterIsNamedInTheErrorsLikeABodyField() {
        Response response = mapper.requestProblem(RequestProblem.invalidParameter("toolId", "UUID"), null, null);

        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo(Problem.TYPE_PREFIX + "invalid-parameter");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("toolId");
        assertThat(problem.errors().get(0).message()).contains("toolId").contains("UUID");
    }

    @Test
    void anyOtherFailureStaysAServerError() {
        assertThat(ProblemMapper.raceLost(new IllegalStateException("boom", new RuntimeException("deeper"))))
                .isFalse();
    }
}
