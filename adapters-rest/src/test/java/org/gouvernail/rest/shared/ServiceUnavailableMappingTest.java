package org.gouvernail.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** The failures that mean "the database did not answer" become 503 with Retry-After; the others do not. */
class ServiceUnavailableMappingTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void aPoolThatGaveNoConnectionInTimeIsA503WithRetryAfter() {
        Exception e = new RuntimeException(
                "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"));

        Response response = mapper.unexpected(e, null, null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo(Problem.TYPE_PREFIX + "service-unavailable");
        assertThat(problem.title()).isEqualTo("Service momentanément indisponible");
        assertThat(problem.detail()).contains("Retry-After");
    }

    @Test
    void theDriversConnectionFailuresAreRecognisedWhereverTheyAreWrapped() {
        assertThat(ProblemMapper.databaseUnavailable(
                        new IllegalStateException(new SQLNonTransientConnectionException("(conn=4) Socket error"))))
                .isTrue();
        assertThat(ProblemMapper.databaseUnavailable(
                        new RuntimeException(new SQLException("Could not connect", "08S01"))))
                .isTrue();
        assertThat(ProblemMapper.databaseUnavailable(
                        new RuntimeException(new SQLException("creating", new ConnectException("Connection refused")))))
                .isTrue();
    }

    @Test
    void aConnectionThatBrokeWhileJoiningTheTransactionIsUnavailabilityToo() {
        assertThat(ProblemMapper.databaseUnavailable(new RuntimeException(
                        "Unable to acquire JDBC Connection",
                        new SQLException(
                                "Exception in association of connection to existing transaction",
                                new SQLException("Failed to enlist.")))))
                .isTrue();
    }

    @Test
    void aCommitThatLostItsConnectionIsFoundInTheSuppressedException() {
        Exception rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLNonTransientConnectionException("(conn=4) Socket error"));
        rollback.addSuppressed(xa);
        // the transaction manager refers back to the first failure: the walk must end
        xa.addSuppressed(rollback);

        assertThat(ProblemMapper.databaseUnavailable(new RuntimeException(rollback)))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAndBugsAreNotUnavailability() {
        assertThat(ProblemMapper.databaseUnavailable(
                        new RuntimeException(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))))
                .isFalse();
        assertThat(ProblemMapper.databaseUnavailable(new RuntimeException(new SQLException("Syntax", "42000"))))
                .isFalse();
        Exception deeper = new RuntimeException("deeper");
        Exception cyclic = new IllegalStateException("boom", deeper);
        deeper.addSuppressed(cyclic);
        assertThat(ProblemMapper.databaseUnavailable(cyclic)).isFalse();
        assertThat(mapper.unexpected(new IllegalStateException("bug"), null, null)
                        .getStatus())
                .isEqualTo(500);
    }
}
