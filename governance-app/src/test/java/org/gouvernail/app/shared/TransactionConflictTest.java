package org.gouvernail.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.rest.shared.Problem;
import org.gouvernail.rest.shared.ProblemMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real deadlock on the test MariaDB, two transactions locking two rows in opposite orders: the
 * application's transactions run the loser again (ConflictRetry), and a loser that is not run again
 * becomes 409 concurrent-change, never a 500. A Galera certification failure is reported with the
 * same error (1213, SQLState 40001), at COMMIT.
 */
@QuarkusTest
class TransactionConflictTest {

    @Inject
    World world;

    @Inject
    LockOrder lockOrder;

    private Scene scene;
    private ExecutorService threads;

    @BeforeEach
    void setUp() {
        scene = world.scene();
        threads = Executors.newFixedThreadPool(2);
        lockOrder.resetAttempts();
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void theLoserOfADeadlockIsRunAgainAndBothTransactionsCommit() throws Exception {
        CountDownLatch bothHoldTheirFirst = new CountDownLatch(2);
        String a = scene.organisation().toString();
        String b = scene.other().toString();

        Future<?> one = threads.submit(() -> {
            lockOrder.lock(a, b, bothHoldTheirFirst);
            return null;
        });
        Future<?> two = threads.submit(() -> {
            lockOrder.lock(b, a, bothHoldTheirFirst);
            return null;
        });

        one.get(60, TimeUnit.SECONDS);
        two.get(60, TimeUnit.SECONDS);
        // both first attempts, and the second attempt of the one InnoDB chose as the victim
        assertThat(lockOrder.attempts()).isEqualTo(3);
    }

    @Test
    void aDeadlockThatIsNotRunAgainIsAConcurrentChangeNotAServerError() throws Exception {
        CountDownLatch bothHoldTheirFirst = new CountDownLatch(2);
        String a = scene.organisation().toString();
        String b = scene.other().toString();

        // QuarkusTransaction is no interceptor: nothing runs the loser again, its error is the raw one
        List<Future<?>> calls = new ArrayList<>();
        calls.add(threads.submit(() -> {
            QuarkusTransaction.requiringNew().call(() -> {
                lockOrder.lockUnmanaged(a, b, bothHoldTheirFirst);
                return null;
            });
            return null;
        }));
        calls.add(threads.submit(() -> {
            QuarkusTransaction.requiringNew().call(() -> {
                lockOrder.lockUnmanaged(b, a, bothHoldTheirFirst);
                return null;
            });
            return null;
        }));
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> call : calls) {
            try {
                call.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }

        assertThat(failures).hasSize(1);
        Exception deadlock = (Exception) failures.get(0);
        assertThat(ConflictRetry.lostConflict(deadlock))
                .as("the real chain: %s", deadlock)
                .isTrue();
        Response response = new ProblemMapper().unexpected(deadlock, null, null);
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((Problem) response.getEntity()).type()).isEqualTo(Problem.TYPE_PREFIX + "concurrent-change");
    }
}
