package org.gouvernail.app.support;

import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gouvernail.app.audit.AuditLogService;
import org.gouvernail.app.audit.InMemoryAuditTrail;
import org.gouvernail.app.inventory.InMemoryTools;
import org.gouvernail.app.inventory.ToolInventoryService;
import org.gouvernail.app.organisation.InMemoryMemberships;
import org.gouvernail.app.organisation.InMemoryOrganisations;
import org.gouvernail.app.organisation.OrganisationService;
import org.gouvernail.app.policy.InMemoryPolicyVersions;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.app.shared.SequentialIds;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.organisation.MemberDetails;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test helper of the service tests: the callers, the fixed clock and the sample data they share, and
 * the {@link Platform}, every service wired on the fake out-ports of the areas.
 */
public final class InMemory {

    public static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    /** A platform administrator: the only kind of caller who registers organisations. */
    public static final Caller FOUNDER = new Caller("sub-anne", "anne@entraide.be", true, "Anne", true);
    /** Another platform administrator, founder of another organisation: a stranger to the first. */
    public static final Caller OTHER_FOUNDER = new Caller("sub-omar", "omar@federation.be", true, "Omar", true);

    public static final Caller STRANGER = new Caller("sub-stranger", "stranger@example.org", true, "Stranger", false);

    private InMemory() {}

    public static OrganisationProfile profile(String name, String slug) {
        return anOrganisation()
                .named(name)
                .withSlug(slug)
                .in("BE")
                .ofSize(new OrganisationSize(3, 40))
                .speaking("fr-BE")
                .build();
    }

    public static ToolDetails tool(String name) {
        return aTool().named(name)
                .withVendor("Vendor")
                .inCategory(ToolCategory.TRANSLATION)
                .withAccount(AccountType.PROFESSIONAL)
                .hostedIn(HostingRegion.EU)
                .withDescription("Used by the communication team")
                .withData(DataCategory.INTERNAL)
                .usedBy("Communication")
                .withEstimatedUsers(3)
                .costing(null)
                .build();
    }

    public static MemberDetails person(String email, Role... roles) {
        return aMember()
                .withEmail(email)
                .named(email == null ? "Volunteer" : email.substring(0, email.indexOf('@')))
                .as(PersonType.STAFF)
                .withRoles(roles)
                .build();
    }

    /** Every service wired on fresh fakes, a fixed clock and sequential ids: what CDI does in production. */
    public static final class Platform {

        public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        public final SequentialIds ids = new SequentialIds();
        public final InMemoryMemberships memberships = new InMemoryMemberships();
        public final InMemoryOrganisations organisations = new InMemoryOrganisations(memberships);
        public final InMemoryTools tools = new InMemoryTools();
        public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
        public final Auditor auditor = new Auditor(audit, ids, clock);
        public final MemberAccess access = new MemberAccess(memberships, auditor);
        public final OrganisationService organisationService =
                new OrganisationService(organisations, memberships, access, auditor, ids, clock);
        public final InMemoryPolicyVersions policyVersions = new InMemoryPolicyVersions();
        public final ToolInventoryService toolService =
                new ToolInventoryService(tools, policyVersions, access, auditor, ids, clock);
        public final AuditLogService auditService = new AuditLogService(audit, access);

        /** FOUNDER registers an association; they are its first ADMIN. */
        public Organisation registered(String slug) {
            return registeredBy(FOUNDER, slug);
        }

        public Organisation registeredBy(Caller founder, String slug) {
            return organisationService.register(founder, OrganisationKind.ASSOCIATION, profile("Org " + slug, slug));
        }

        /** FOUNDER invites {@code name}@entraide.be with these roles; the person then signs in with that verified e-mail. */
        public Caller signedIn(OrganisationId organisationId, String name, Role... roles) {
            String email = name + "@entraide.be";
            organisationService.addMember(FOUNDER, organisationId, person(email, roles));
            Caller caller = new Caller("sub-" + name, email, true, name, false);
            organisationService.me(caller);
            return caller;
        }

        public Membership membership(OrganisationId organisationId, Caller caller) {
            return memberships.findActive(organisationId, caller.subject()).orElseThrow();
        }
    }
}
