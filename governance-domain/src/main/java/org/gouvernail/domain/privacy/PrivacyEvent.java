package org.gouvernail.domain.privacy;

import java.util.UUID;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the platform's own data protection. */
public sealed interface PrivacyEvent extends DomainEvent {

    /**
     * A person was erased: the audit row names the membership (its id, which identifies nobody once
     * the membership carries the pseudonym) and the pseudonym, never the name, e-mail or subject.
     */
    record MemberErased(Erasure erasure) implements PrivacyEvent {

        @Override
        public OrganisationId organisationId() {
            return erasure.organisationId();
        }

        @Override
        public String action() {
            return "member.erased";
        }

        @Override
        public String subjectType() {
            return "MEMBER";
        }

        @Override
        public UUID subjectId() {
            return erasure.memberId().value();
        }

        @Override
        public String summary() {
            return "pseudonym: " + erasure.pseudonym() + "; rows rewritten: " + erasure.rowsRewritten();
        }
    }

    /** A person's data was exported (art. 15): who asked is the audit row's actor. */
    record PersonalDataExported(OrganisationId organisationId, UUID memberId, int categories, long rows)
            implements PrivacyEvent {

        @Override
        public String action() {
            return "member.personal-data-exported";
        }

        @Override
        public String subjectType() {
            return "MEMBER";
        }

        @Override
        public UUID subjectId() {
            return memberId;
        }

        @Override
        public String summary() {
            return "categories: " + categories + "; rows: " + rows;
        }
    }
}
