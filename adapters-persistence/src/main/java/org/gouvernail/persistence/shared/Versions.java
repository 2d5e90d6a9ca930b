package org.gouvernail.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.gouvernail.domain.shared.StaleVersion;
import org.hibernate.StaleStateException;

/**
 * Optimistic locking: compares the version the domain read with the stored one, then flushes so
 * that a concurrent writer's change surfaces here as StaleVersion, not later as a 500.
 */
public final class Versions {

    private Versions() {}

    public static void expect(String what, long stored, long expected) {
        StaleVersion.check(what, stored, expected);
    }

    public static void flush(EntityManager entityManager, String what, long expected) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new StaleVersion(what, expected, expected + 1);
        }
    }
}
