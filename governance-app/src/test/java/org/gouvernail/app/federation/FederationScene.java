package org.gouvernail.app.federation;

import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.Caller;

/** Test helper: federations and associations, each with its own administrator, and members added by them. */
@ApplicationScoped
public class FederationScene {

    private final OrganisationManagement organisations;

    public FederationScene(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    /** A new organisation of this kind whose first ADMIN is {@code admin} (registered by a platform admin). */
    public Organisation organisation(OrganisationKind kind, String admin, Integer staff) {
        String slug = (kind == OrganisationKind.FEDERATION ? "fede-" : "asbl-")
                + UUID.randomUUID().toString().substring(0, 13);
        Caller founder = new Caller(admin, World.email(admin), true, admin, true);
        return organisations.register(
                founder,
                kind,
                anOrganisation(slug).ofSize(new OrganisationSize(staff, 10)).build());
    }

    /** {@code admin} invites {@code subject} with these roles; the invitation is accepted at once. */
    public void member(Organisation organisation, String admin, String subject, Role... roles) {
        organisations.addMember(
                World.caller(admin),
                organisation.id(),
                aMember()
                        .withEmail(World.email(subject))
                        .named(subject)
                        .as(PersonType.STAFF)
                        .withRoles(roles)
                        .build());
        organisations.me(World.caller(subject));
    }
}
