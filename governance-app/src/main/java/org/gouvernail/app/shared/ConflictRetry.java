package org.gouvernail.app.shared;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Interceptor: a transaction the database rolled back because it lost a conflict with another one
 * is run again from its start, at most {@value #ATTEMPTS} times in all. MariaDB reports the loser
 * of an InnoDB deadlock, and a Galera cluster the loser of a certification conflict (two nodes
 * committing write sets that touch the same rows), with error 1213, SQLState 40001, "try
 * restarting transaction": nothing of it was written, so running it again is what the database
 * asks for. Only the outermost transaction is retried (a joined one fails with its caller's,
 * which retries the whole); every effect of a service method is inside its transaction, so a rerun
 * does the work once. When the last attempt loses too, the error goes on to the REST layer, which
 * answers 409 concurrent-change.
 *
 * <p>Bound to {@link Transactional} itself and placed before the transaction interceptor
 * (priority 100 below it), so that each attempt is a whole new transaction.
 */
public abstract class ConflictRetry {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(ConflictRetry.class);

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return context.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !lostConflict(e) || stillInTransaction()) {
                    throw e;
                }
                LOG.infof(
                        "%s.%s lost a conflict with a concurrent transaction (attempt %d), running it again",
                        context.getMethod().getDeclaringClass().getSimpleName(),
                        context.getMethod().getName(),
                        attempt);
                // apart, so that the two that met do not meet again at once
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
            }
        }
    }

    private boolean stillInTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }

    /**
     * Whether the database refused the transaction for a conflict with another one: an SQLException
     * of SQLState 40001 or error 1213 anywhere in the causes (Hibernate wraps the statement's,
     * the transaction manager the COMMIT's, sometimes as a suppressed exception).
     */
    public static boolean lostConflict(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(e);
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
                return true;
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            Collections.addAll(next, t.getSuppressed());
        }
        return false;
    }

    /** For the services' @Transactional (REQUIRED, the default). */
    @Transactional
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
    static class Required extends ConflictRetry {}

    /** For the steps that commit on their own (the Idempotency-Key reservations). */
    @Transactional(TxType.REQUIRES_NEW)
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
    static class RequiresNew extends ConflictRetry {}
}
