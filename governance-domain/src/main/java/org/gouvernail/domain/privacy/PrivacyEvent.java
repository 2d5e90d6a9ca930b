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

    /** An administrator changed the retention policy. */
    record RetentionChanged(RetentionPolicy before, RetentionPolicy after) implements PrivacyEvent {

        @Override
        public OrganisationId organisationId() {
            return after.organisationId();
        }

        @Override
        public String action() {
            return "retention.changed";
        }

        @Override
        public String subjectType() {
            return "ORGANISATION";
        }

        @Override
        public UUID subjectId() {
            return after.organisationId().value();
        }

        @Override
        public String summary() {
            StringBuilder changes = new StringBuilder();
            for (RetentionRule rule : RetentionRule.values()) {
                if (before.monthsOf(rule) != after.monthsOf(rule)) {
                    changes.append(changes.isEmpty() ? "" : "; ")
                            .append(rule)
                            .append(": ")
                            .append(before.monthsOf(rule))
                            .append(" → ")
                            .append(after.monthsOf(rule))
                            .append(" months");
                }
            }
            return changes.toString();
        }
    }

    /** The scheduled purge deleted records past their retention: how many of which type, never silently. */
    record RetentionPurged(OrganisationId organisationId, RetentionRule rule, int deleted, int months)
            implements PrivacyEvent {

        @Override
        public String action() {
            return "retention.purged";
        }

        @Override
        public String subjectType() {
            return "ORGANISATION";
        }

        @Override
        public UUID subjectId() {
            return organisationId.value();
        }

        @Override
        public String summary() {
            return "type: " + rule + "; deleted: " + deleted + "; kept: " + months + " months";
        }
    }
}
