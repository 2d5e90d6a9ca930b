package org.gouvernail.app.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.gouvernail.app.federation.FederationScene;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.catalogue.CatalogueAdoption;
import org.gouvernail.domain.catalogue.CatalogueEntry;
import org.gouvernail.domain.catalogue.CatalogueEntryId;
import org.gouvernail.domain.catalogue.CatalogueStatus;
import org.gouvernail.domain.catalogue.EntryContent;
import org.gouvernail.domain.catalogue.Recommendation;
import org.gouvernail.domain.catalogue.port.out.CatalogueAdoptions;
import org.gouvernail.domain.catalogue.port.out.CatalogueEntries;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.persistence.catalogue.CatalogueAdoptionReviewsDue;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard of the shared catalogue: the review items of an organisation, and of a person,
 * cost one statement with one adopted tool due for review and with thirty; a page of the catalogue
 * costs the same with one entry and with thirty.
 */
@QuarkusTest
class CatalogueStatementCountTest {

    static final String FAY = "fay-count-fed-admin";
    static final String ONE = "una-count-member-one";
    static final String MANY = "mani-count-member-many";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    FederationScene scene;

    @Inject
    CatalogueEntries entries;

    @Inject
    CatalogueAdoptions adoptions;

    @Inject
    Tools tools;

    @Inject
    Memberships memberships;

    @Inject
    CatalogueAdoptionReviewsDue source;

    private static EntryContent content(int n) {
        return new EntryContent(
                "Outil " + n,
                "Éditeur",
                ToolCategory.TEXT_GENERATION,
                AccountType.PROFESSIONAL,
                "Team",
                HostingRegion.EU,
                AssessmentLevel.GOOD,
                DataCategory.INTERNAL,
                Recommendation.RECOMMENDED,
                null,
                "Évalué",
                null,
                null,
                LocalDate.parse("2026-10-01"),
                null);
    }

    /** {@code count} published entries, re-assessed once (revision 2) after the member adopted each at revision 1. */
    private void adoptedAndReassessed(OrganisationId federation, OrganisationId member, String admin, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            Membership declarer = memberships.findActive(member, admin).orElseThrow();
            Instant now = Instant.now();
            for (int n = 0; n < count; n++) {
                CatalogueEntry published = new CatalogueEntry(
                        new CatalogueEntryId(UUID.randomUUID()),
                        federation,
                        content(n),
                        CatalogueStatus.PUBLISHED,
                        1,
                        now,
                        now,
                        0);
                CatalogueEntry reassessed = new CatalogueEntry(
                        published.id(), federation, content(n), CatalogueStatus.PUBLISHED, 2, now, now, 0);
                entries.add(reassessed);
                AiTool tool =
                        AiTool.declare(new ToolId(UUID.randomUUID()), member, World.chatGpt(), declarer.id(), now);
                tools.add(tool);
                adoptions.add(
                        CatalogueAdoption.adopt(published, member, tool.id(), Set.of(DataCategory.INTERNAL), now));
            }
        });
    }

    private long statements(Supplier<List<DueItem>> call, int expected) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        List<DueItem> items = QuarkusTransaction.requiringNew().call(call::get);
        assertThat(items).hasSize(expected).allMatch(item -> item.kind().equals(CatalogueAdoption.REVIEW_KIND));
        return statistics.getPrepareStatementCount();
    }

    @Test
    @TestSecurity(user = FAY)
    void reviewItemsAndTheCatalogueCostTheSameWithOneAndWithThirty() {
        Organisation federation = scene.organisation(OrganisationKind.FEDERATION, FAY, 2);
        Organisation one = scene.organisation(OrganisationKind.ASSOCIATION, ONE, 2);
        Organisation many = scene.organisation(OrganisationKind.ASSOCIATION, MANY, 2);
        adoptedAndReassessed(federation.id(), one.id(), ONE, 1);
        adoptedAndReassessed(federation.id(), many.id(), MANY, 30);
        Instant until = Instant.now().plusSeconds(86_400);

        long forOne = statements(() -> source.dueIn(one.id(), until, 100), 1);
        long forMany = statements(() -> source.dueIn(many.id(), until, 100), 30);
        assertThat(forOne).isEqualTo(1);
        assertThat(forMany).isEqualTo(forOne);

        List<Membership> oneMembership =
                List.of(memberships.findActive(one.id(), ONE).orElseThrow());
        List<Membership> bothMemberships = List.of(
                memberships.findActive(one.id(), ONE).orElseThrow(),
                memberships.findActive(many.id(), MANY).orElseThrow());
        long personOne = statements(() -> source.dueFor(oneMembership, until, 100), 1);
        long personMany = statements(() -> source.dueFor(bothMemberships, until, 100), 31);
        assertThat(personOne).isEqualTo(1);
        assertThat(personMany).isEqualTo(personOne);

        Statistics statistics = sessionFactory.getStatistics();
        String catalogue = "/api/v1/federations/" + federation.id() + "/catalogue";
        statistics.clear();
        given().when().get(catalogue + "?limit=1").then().statusCode(200).body("items", hasSize(1));
        long pageOfOne = statistics.getPrepareStatementCount();
        statistics.clear();
        given().when().get(catalogue + "?limit=30").then().statusCode(200).body("items", hasSize(30));
        long pageOfThirty = statistics.getPrepareStatementCount();
        System.out.println("CATALOGUE-STATEMENTS review items dueIn 1/30: " + forOne + "/" + forMany + ", dueFor 1/31: "
                + personOne + "/" + personMany + ", catalogue page 1/30: " + pageOfOne + "/" + pageOfThirty);
        assertThat(pageOfThirty).isEqualTo(pageOfOne);
    }
}
