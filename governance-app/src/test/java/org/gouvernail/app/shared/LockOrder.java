package org.gouvernail.app.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test service: locks two organisation rows one after the other, in the order given, inside a
 * transaction of the application's own kind (@Transactional, as every service). Two calls with the
 * rows in opposite orders, each waiting on its first attempt until the other holds its first row,
 * make a real InnoDB deadlock.
 */
@ApplicationScoped
public class LockOrder {

    private final AtomicInteger attempts = new AtomicInteger();
    private final EntityManager entityManager;

    public LockOrder(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Calls of the lock methods so far, first attempts and reruns alike (a method: the test holds a client proxy). */
    public int attempts() {
        return attempts.get();
    }

    public void resetAttempts() {
        attempts.set(0);
    }

    @Transactional
    public void lock(String first, String second, CountDownLatch bothHoldTheirFirst) throws InterruptedException {
        lockUnmanaged(first, second, bothHoldTheirFirst);
    }

    /** The same, in whatever transaction the caller has opened. */
    public void lockUnmanaged(String first, String second, CountDownLatch bothHoldTheirFirst)
            throws InterruptedException {
        attempts.incrementAndGet();
        lockRow(first);
        bothHoldTheirFirst.countDown();
        if (!bothHoldTheirFirst.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the other transaction never took its first lock");
        }
        lockRow(second);
    }

    private void lockRow(String id) {
        entityManager
                .createNativeQuery("SELECT id FROM organisation WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id)
                .getResultList();
    }
}
