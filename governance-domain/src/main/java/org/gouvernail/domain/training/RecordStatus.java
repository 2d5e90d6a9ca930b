package org.gouvernail.domain.training;

/**
 * Where a record stands on a given day: VALID, EXPIRING within {@link TrainingRecord#EXPIRING_WITHIN_DAYS}
 * days, EXPIRED, or SUPERSEDED by a later record of the same person and module or by a version of the
 * module that asks for a refresh. A voided record has no status: it no longer counts.
 */
public enum RecordStatus {
    VALID,
    EXPIRING,
    EXPIRED,
    SUPERSEDED
}
