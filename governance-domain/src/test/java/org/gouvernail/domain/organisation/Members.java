package org.gouvernail.domain.organisation;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/** Test data: memberships in one organisation, built the way the application builds them. */
final class Members {

    static final OrganisationId ORGANISATION =
            new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    static final Caller ALICE = new Caller("sub-alice", "alice@example.org", true, "Alice", false);

    private static int next = 1;

    private Members() {}

    static MemberId newId() {
        return new MemberId(new UUID(0, next++));
    }

    static MemberDetails details(String email, Role... roles) {
        return MemberDetailsBuilder.aMember().withEmail(email).withRoles(roles).build();
    }

    static Membership invited(String email, Role... roles) {
        return Membership.invite(newId(), ORGANISATION, details(email, roles), NOW);
    }

    static Membership active(Role... roles) {
        String email = "person" + next + "@example.org";
        return invited(email, roles).acceptInvitation(new Caller("sub-" + email, email, true, "Person", false));
    }
}
