package org.gouvernail.domain.policy;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Aggregate: a usage policy of an organisation (for instance "Charte d'utilisation de l'IA"),
 * the stable name under which its versions follow one another. What it says lives in its
 * {@link PolicyVersion}s.
 */
public record Policy(
        PolicyId id,
        OrganisationId organisationId,
        String title,
        String purpose,
        String template,
        MemberId createdBy,
        long version,
        Instant createdAt) {

    public Policy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        title = Check.name("title", title);
        purpose = Check.text("purpose", purpose, Check.SHORT_TEXT_LENGTH);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Policy withDetails(String changedTitle, String changedPurpose) {
        return new Policy(id, organisationId, changedTitle, changedPurpose, template, createdBy, version, createdAt);
    }
}
