package org.gouvernail.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
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
    void aGaleraCertificationFailureAtCommitIsAConcurrentChangeNotAServerError() {
        // as the transaction manager reports a failed COMMIT: the driver's error kept as a suppressed one
        Exception atCommit = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        atCommit.addSuppressed(new RuntimeException(
                "commit failed",
                new SQLTransactionRollbackException(
                        "WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction",
                        "40001",
                        1213)));

        Response response = mapper.unexpected(atCommit, null, null);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).type()).isEqualTo(Problem.TYPE_PREFIX + "concurrent-change");
    }

    @Test
    void aLockAwaitedTooLongIsAConcurrentChangeToo() {
        Exception timeout = new RuntimeException(
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));

        assertThat(mapper.unexpected(timeout, null, null).getStatus()).isEqualTo(409);
    }

    @Test
    void anotherDatabaseErrorStaysAServerError() {
        Exception missingTable = new RuntimeException(new SQLException("Table 'x' doesn't exist", "42S02", 1146));

        assertThat(ProblemMapper.lostConflict(missingTable)).isFalse();
        assertThat(ProblemMapper.raceLost(missingTable)).isFalse();
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
