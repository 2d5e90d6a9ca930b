package org.gouvernail.domain.privacy;

import java.util.Objects;
import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Value: the person a request is about, inside one organisation: their membership and what identifies
 * them there (the token subject once they signed in, the e-mail they were invited with, the name).
 */
public record DataSubject(
        OrganisationId organisationId, MemberId memberId, String subject, String email, String displayName) {

    public DataSubject {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(displayName, "displayName");
    }

    public static DataSubject of(Membership membership) {
        return new DataSubject(
                membership.organisationId(),
                membership.id(),
                membership.subject(),
                membership.details().email(),
                membership.details().displayName());
    }

    public Optional<String> signedInAs() {
        return Optional.ofNullable(subject).filter(s -> !s.isBlank());
    }
}
