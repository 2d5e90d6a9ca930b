package org.gouvernail.domain.policy;

import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Changes;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the policies and their versions, publication by the committee included. */
public sealed interface PolicyEvent extends DomainEvent {

    /** Created, from a template when {@code template} is not null, with its first draft. */
    record PolicyCreated(
            OrganisationId organisationId, PolicyId policyId, String template, String title, String language, int rules)
            implements PolicyEvent {

        @Override
        public String action() {
            return "policy.created";
        }

        @Override
        public String subjectType() {
            return "POLICY";
        }

        @Override
        public UUID subjectId() {
            return policyId.value();
        }

        @Override
        public String summary() {
            return (template == null ? "" : "fromTemplate: " + template + "; ") + "title: " + title + "; language: "
                    + language + "; rules: " + rules;
        }
    }

    record PolicyUpdated(Policy before, Policy after) implements PolicyEvent {

        @Override
        public OrganisationId organisationId() {
            return after.organisationId();
        }

        @Override
        public String action() {
            return "policy.updated";
        }

        @Override
        public String subjectType() {
            return "POLICY";
        }

        @Override
        public UUID subjectId() {
            return after.id().value();
        }

        @Override
        public String summary() {
            return Changes.between(before, after);
        }
    }

    record VersionDrafted(PolicyVersion draft, int basedOn) implements VersionEvent {

        @Override
        public PolicyVersion subject() {
            return draft;
        }

        @Override
        public String action() {
            return "policy-version.drafted";
        }

        @Override
        public String summary() {
            return "policy: " + draft.policyId() + "; number: " + draft.number() + "; basedOn: " + basedOn;
        }
    }

    record VersionEdited(PolicyVersion before, PolicyVersion after) implements VersionEvent {

        @Override
        public PolicyVersion subject() {
            return after;
        }

        @Override
        public String action() {
            return "policy-version.edited";
        }

        @Override
        public String summary() {
            return "number: " + after.number() + "; " + summary(VersionChanges.between(before, after))
                    + (before.language().equals(after.language())
                            ? ""
                            : "; language: " + before.language() + " → " + after.language());
        }

        private static String summary(VersionChanges changes) {
            if (changes.none()) {
                return "no change";
            }
            return "rules added: " + changes.added().size() + ", removed: "
                    + changes.removed().size() + ", verdict changed: "
                    + changes.verdictChanged().size() + ", reworded: "
                    + changes.reworded().size()
                    + (changes.bodyChanged() ? "; body changed" : "")
                    + (changes.summaryChanged() ? "; summary changed" : "")
                    + (changes.reviewDateChanged() ? "; review date changed" : "");
        }
    }

    /**
     * Submitted for review (→ IN_REVIEW) or returned to DRAFT, by a reviewer or, when {@code decisionId}
     * is not null, by the committee's rejection.
     */
    record VersionMoved(PolicyVersion before, PolicyVersion after, UUID decisionId) implements VersionEvent {

        public VersionMoved {
            if (after.status() != VersionStatus.IN_REVIEW && after.status() != VersionStatus.DRAFT) {
                throw new IllegalArgumentException(
                        "publication and supersession are their own events, not " + after.status());
            }
        }

        @Override
        public PolicyVersion subject() {
            return after;
        }

        @Override
        public String action() {
            return after.status() == VersionStatus.IN_REVIEW ? "policy-version.submitted" : "policy-version.returned";
        }

        @Override
        public String summary() {
            return "number: " + after.number() + "; status: " + before.status() + " → " + after.status()
                    + (decisionId == null ? "" : "; decision: " + decisionId);
        }
    }

    record VersionAcknowledged(PolicyVersion version, MemberId member, boolean onBehalf) implements VersionEvent {

        @Override
        public PolicyVersion subject() {
            return version;
        }

        @Override
        public String action() {
            return "policy-version.acknowledged";
        }

        @Override
        public String summary() {
            return "policy: " + version.policyId() + "; number: " + version.number() + "; member: " + member
                    + (onBehalf ? "; recorded on behalf" : "");
        }
    }

    /** The committee's decision {@code decisionId} published the version {@code by} of the same policy. */
    record VersionSuperseded(PolicyVersion previous, int by, UUID decisionId) implements VersionEvent {

        @Override
        public PolicyVersion subject() {
            return previous;
        }

        @Override
        public String action() {
            return "policy-version.superseded";
        }

        @Override
        public String summary() {
            return "number: " + previous.number() + "; status: PUBLISHED → SUPERSEDED; by: " + by + "; decision: "
                    + decisionId;
        }
    }

    /** Published by the committee's decision {@code decisionId}. */
    record VersionPublished(VersionStatus before, PolicyVersion published, UUID decisionId) implements VersionEvent {

        @Override
        public PolicyVersion subject() {
            return published;
        }

        @Override
        public String action() {
            return "policy-version.published";
        }

        @Override
        public String summary() {
            return "number: " + published.number() + "; status: " + before + " → PUBLISHED; rules: "
                    + published.content().rules().rules().size() + "; decision: " + decisionId;
        }
    }

    /** What the events about one version share: their subject. */
    sealed interface VersionEvent extends PolicyEvent {

        PolicyVersion subject();

        @Override
        default OrganisationId organisationId() {
            return subject().organisationId();
        }

        @Override
        default String subjectType() {
            return "POLICY_VERSION";
        }

        @Override
        default UUID subjectId() {
            return subject().id().value();
        }
    }
}
