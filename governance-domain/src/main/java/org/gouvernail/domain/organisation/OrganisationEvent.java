package org.gouvernail.domain.organisation;

import java.util.UUID;
import org.gouvernail.domain.shared.Changes;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of an organisation: its registration and profile, its members. */
public sealed interface OrganisationEvent extends DomainEvent {

    record OrganisationRegistered(OrganisationId organisationId, OrganisationKind kind, OrganisationProfile profile)
            implements ProfileEvent {

        @Override
        public String action() {
            return "organisation.registered";
        }

        @Override
        public String summary() {
            return "kind: " + kind + "; " + Changes.of(profile);
        }
    }

    record OrganisationUpdated(OrganisationId organisationId, OrganisationProfile before, OrganisationProfile after)
            implements ProfileEvent {

        @Override
        public String action() {
            return "organisation.updated";
        }

        @Override
        public String summary() {
            return Changes.between(before, after);
        }
    }

    /** A member joined: invited by e-mail, added directly, or the founder; {@code details} as given. */
    record MemberJoined(Membership member, MemberDetails details) implements MemberEvent {

        @Override
        public MemberId memberId() {
            return member.id();
        }

        @Override
        public OrganisationId organisationId() {
            return member.organisationId();
        }

        @Override
        public String action() {
            return member.status() == MembershipStatus.INVITED ? "member.invited" : "member.added";
        }

        @Override
        public String summary() {
            return Changes.of(details);
        }
    }

    record MemberUpdated(OrganisationId organisationId, MemberId memberId, MemberDetails before, MemberDetails after)
            implements MemberEvent {

        @Override
        public String action() {
            return "member.updated";
        }

        @Override
        public String summary() {
            return Changes.between(before, after);
        }
    }

    record MemberRevoked(OrganisationId organisationId, MemberId memberId, MembershipStatus before)
            implements MemberEvent {

        @Override
        public String action() {
            return "member.revoked";
        }

        @Override
        public String summary() {
            return "status: " + before + " → REVOKED";
        }
    }

    /** The invited person signed in with the invited, verified e-mail. */
    record InvitationAccepted(OrganisationId organisationId, MemberId memberId) implements MemberEvent {

        @Override
        public String action() {
            return "member.invitation-accepted";
        }

        @Override
        public String summary() {
            return "status: INVITED → ACTIVE";
        }
    }

    /** What the events about the organisation itself share: it is their subject. */
    sealed interface ProfileEvent extends OrganisationEvent {

        @Override
        default String subjectType() {
            return "ORGANISATION";
        }

        @Override
        default UUID subjectId() {
            return organisationId().value();
        }
    }

    /** What the events about one member share: their subject. */
    sealed interface MemberEvent extends OrganisationEvent {

        MemberId memberId();

        @Override
        default String subjectType() {
            return "MEMBER";
        }

        @Override
        default UUID subjectId() {
            return memberId().value();
        }
    }
}
