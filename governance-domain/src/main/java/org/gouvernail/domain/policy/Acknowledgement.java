package org.gouvernail.domain.policy;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Value: a member confirms having read a published version (prise de connaissance). It is
 * recorded by the member, or on their behalf by a governor when they signed on paper.
 */
public record Acknowledgement(
        OrganisationId organisationId,
        VersionId versionId,
        MemberId memberId,
        Instant acknowledgedAt,
        MemberId recordedBy) {

    public Acknowledgement {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    public boolean onBehalf() {
        return !memberId.equals(recordedBy);
    }
}
