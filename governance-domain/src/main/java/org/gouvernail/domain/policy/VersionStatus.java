package org.gouvernail.domain.policy;

/**
 * Life of a policy version. DRAFT and IN_REVIEW are worked on; PUBLISHED only by a committee
 * decision, which makes the previously published version SUPERSEDED.
 */
public enum VersionStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    SUPERSEDED;

    /** Whether the version is still being written or reviewed (at most one per policy). */
    public boolean open() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
