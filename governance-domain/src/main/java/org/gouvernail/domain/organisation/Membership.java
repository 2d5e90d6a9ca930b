package org.gouvernail.domain.organisation;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: a person's place in one organisation. The OIDC subject is bound the first time the
 * person calls with the invited, verified e-mail; before that the membership is INVITED.
 */
public record Membership(
        MemberId id,
        OrganisationId organisationId,
        String subject,
        MemberDetails details,
        MembershipStatus status,
        long version,
        Instant createdAt) {

    public Membership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The person who registers an organisation becomes its first administrator. */
    public static Membership founder(MemberId id, OrganisationId organisationId, Caller caller, Instant now) {
        MemberDetails details = new MemberDetails(
                caller.verifiedEmail().orElse(null), caller.name(), PersonType.STAFF, Set.of(Role.ADMIN));
        return new Membership(id, organisationId, caller.subject(), details, MembershipStatus.ACTIVE, 0, now);
    }

    /** With an e-mail the person is invited; without one, they are listed but will never sign in. */
    public static Membership invite(MemberId id, OrganisationId organisationId, MemberDetails details, Instant now) {
        requireAccountForAdmin(null, details);
        MembershipStatus status = details.email() == null ? MembershipStatus.ACTIVE : MembershipStatus.INVITED;
        return new Membership(id, organisationId, null, details, status, 0, now);
    }

    public Membership acceptInvitation(Caller caller) {
        if (status != MembershipStatus.INVITED) {
            throw new RuleViolation("invitation-not-pending", "membership " + id + " is " + status, status);
        }
        return new Membership(
                id, organisationId, caller.subject(), details, MembershipStatus.ACTIVE, version, createdAt);
    }

    public Membership withDetails(MemberDetails changed) {
        if (status == MembershipStatus.REVOKED) {
            throw new RuleViolation("member-revoked", "membership " + id + " is revoked");
        }
        if (subject != null && !Objects.equals(changed.email(), details.email())) {
            throw new RuleViolation(
                    "email-bound", "the e-mail of a member who signed in comes from the identity provider");
        }
        requireAccountForAdmin(subject, changed);
        return new Membership(id, organisationId, subject, changed, status, version, createdAt);
    }

    /**
     * An administrator who could never sign in would manage nobody, yet would pass for the one
     * who keeps the organisation manageable: ADMIN needs an account, or an e-mail to invite.
     */
    private static void requireAccountForAdmin(String subject, MemberDetails details) {
        if (subject == null && details.email() == null && details.roles().contains(Role.ADMIN)) {
            throw new RuleViolation(
                    "admin-needs-email", "a member without an e-mail never signs in and cannot be administrator");
        }
    }

    /**
     * The person's account is unbound, so that the same person can be invited again later and
     * sign in to a new membership; the audit trail keeps who they were.
     */
    public Membership revoke() {
        if (status == MembershipStatus.REVOKED) {
            throw new RuleViolation("member-revoked", "membership " + id + " is revoked");
        }
        return new Membership(id, organisationId, null, details, MembershipStatus.REVOKED, version, createdAt);
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    /**
     * An administrator who can act now: active and signed in. A membership without a subject
     * (listed without an account, or stored before ADMIN needed one) never counts, so that it
     * cannot stand in for the last administrator.
     */
    public boolean isActiveAdmin() {
        return isActive() && subject != null && details.roles().contains(Role.ADMIN);
    }

    public boolean holdsAny(Set<Role> wanted) {
        return isActive() && !Collections.disjoint(details.roles(), wanted);
    }
}
