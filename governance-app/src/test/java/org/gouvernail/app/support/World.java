package org.gouvernail.app.support;

import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.UUID;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.inventory.port.in.ToolInventory;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test fixture: organisations and people set up through the real in-ports, as the API would.
 * The subjects match the users of @TestSecurity in the tests: ada (ADMIN), cole (COMMITTEE),
 * rita (DATA_REFERENT), carl (CONTRIBUTOR), vera (VIEWER) in one association, and otto (ADMIN)
 * in another, the stranger of the isolation tests.
 */
@ApplicationScoped
public class World {

    public static final String ADMIN = "ada";
    public static final String COMMITTEE = "cole";
    public static final String DATA_REFERENT = "rita";
    public static final String CONTRIBUTOR = "carl";
    public static final String VIEWER = "vera";
    public static final String STRANGER = "otto";

    private final OrganisationManagement organisations;
    private final ToolInventory inventory;

    public World(OrganisationManagement organisations, ToolInventory inventory) {
        this.organisations = organisations;
        this.inventory = inventory;
    }

    /** One association with a member for every role, and another association next door. */
    public record Scene(
            OrganisationId organisation, OrganisationId other, Membership viewer, AiTool tool, AiTool otherTool) {
        public String org() {
            return organisation.toString();
        }
    }

    public static Caller caller(String subject) {
        return new Caller(subject, email(subject), true, subject, false);
    }

    public static String email(String subject) {
        return subject + "@test.gouvernail.org";
    }

    public Scene scene() {
        OrganisationId organisation = association(ADMIN);
        member(organisation, COMMITTEE, Role.COMMITTEE);
        member(organisation, DATA_REFERENT, Role.DATA_REFERENT);
        member(organisation, CONTRIBUTOR, Role.CONTRIBUTOR);
        Membership viewer = member(organisation, VIEWER, Role.VIEWER);
        AiTool tool = inventory.declare(caller(CONTRIBUTOR), organisation, chatGpt());
        OrganisationId other = association(STRANGER);
        AiTool otherTool = inventory.declare(caller(STRANGER), other, chatGpt());
        return new Scene(organisation, other, viewer, tool, otherTool);
    }

    /** A new association whose first ADMIN is {@code admin}. */
    public OrganisationId association(String admin) {
        String slug = "asbl-" + UUID.randomUUID().toString().substring(0, 13);
        Caller founder = new Caller(admin, email(admin), true, admin, true);
        Organisation organisation = organisations.register(
                founder,
                OrganisationKind.ASSOCIATION,
                anOrganisation(slug).ofSize(new OrganisationSize(5, 30)).build());
        return organisation.id();
    }

    /** Invites {@code subject} by e-mail, then lets them call once so the invitation is accepted. */
    public Membership member(OrganisationId organisation, String subject, Role... roles) {
        Caller admin = caller(ADMIN);
        organisations.addMember(
                admin,
                organisation,
                aMember()
                        .withEmail(email(subject))
                        .named(subject)
                        .as(PersonType.STAFF)
                        .withRoles(roles)
                        .build());
        return organisations.me(caller(subject)).stream()
                .filter(mine -> mine.organisation().id().equals(organisation))
                .findFirst()
                .orElseThrow()
                .membership();
    }

    public static ToolDetails chatGpt() {
        return aTool().named("ChatGPT")
                .withVendor("OpenAI")
                .withDescription("Posts et courriers")
                .inCategory(ToolCategory.TEXT_GENERATION)
                .withAccount(AccountType.PERSONAL_FREE)
                .hostedIn(HostingRegion.UNITED_STATES)
                .withData(DataCategory.INTERNAL, DataCategory.PERSONAL)
                .usedBy("Communication")
                .withEstimatedUsers(5)
                .costing(BigDecimal.ZERO)
                .build();
    }
}
