package org.gouvernail.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMemberWithoutAccount;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.audit.port.out.AuditTrail;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.persistence.support.MariaDbTestResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Persistence adapters against a real MariaDB: round trips, tenant scoping, versions, keyset pages. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class PersistenceAdaptersTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    Tools tools;

    @Inject
    AuditTrail auditTrail;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aToolSurvivesTheRoundTripWithAllItsDetails() {
        Fixture fixture = fixture("round-trip");
        AiTool stored = QuarkusTransaction.requiringNew()
                .call(() -> tools.find(fixture.organisation, fixture.tool.id()).orElseThrow());

        assertThat(stored.details()).isEqualTo(fixture.tool.details());
        assertThat(stored.status()).isEqualTo(ToolStatus.DECLARED);
        assertThat(stored.declaredAt()).isEqualTo(NOW);
    }

    @Test
    void aToolIsInvisibleFromAnotherOrganisation() {
        Fixture mine = fixture("mine");
        Fixture theirs = fixture("theirs");

        assertThat(QuarkusTransaction.requiringNew().call(() -> tools.find(theirs.organisation, mine.tool.id())))
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> tools.list(theirs.organisation, ToolFilter.none(), PageRequest.first(50)))
                        .items())
                .extracting(AiTool::id)
                .containsExactly(theirs.tool.id());
    }

    @Test
    void anUpdateFromAStaleVersionIsRefused() {
        Fixture fixture = fixture("stale");
        AiTool reviewed = QuarkusTransaction.requiringNew()
                .call(() -> tools.update(fixture.tool.moveTo(ToolStatus.UNDER_REVIEW)));
        assertThat(reviewed.version()).isEqualTo(1);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .call(() -> tools.update(fixture.tool.moveTo(ToolStatus.RETIRED))))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void toolsAreFilteredByDataCategoryAndText() {
        Fixture fixture = fixture("filters");
        ToolFilter sensitive = new ToolFilter(null, null, java.util.Optional.of(DataCategory.SENSITIVE), null);
        ToolFilter deepl = new ToolFilter(null, null, null, java.util.Optional.of("DEEP"));
        ToolFilter wildcard = new ToolFilter(null, null, null, java.util.Optional.of("%"));

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> tools.list(fixture.organisation, sensitive, PageRequest.first(10)))
                        .items())
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> tools.list(fixture.organisation, deepl, PageRequest.first(10)))
                        .items())
                .hasSize(1);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> tools.list(fixture.organisation, wildcard, PageRequest.first(10)))
                        .items())
                .isEmpty();
    }

    @Test
    void theAuditTrailPagesNewestFirstWithoutGapsOrRepeats() {
        Fixture fixture = fixture("audit");
        Caller actor = new Caller("subject-audit", "a@example.org", true, "A", false);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) {
                auditTrail.append(AuditEvent.of(
                        UUID.randomUUID(),
                        fixture.organisation,
                        NOW,
                        actor,
                        "test.event",
                        "TOOL",
                        fixture.tool.id().value(),
                        "n: " + i));
            }
        });
        Page<AuditEvent> first = QuarkusTransaction.requiringNew()
                .call(() -> auditTrail.list(fixture.organisation, PageRequest.first(3)));
        Page<AuditEvent> second = QuarkusTransaction.requiringNew()
                .call(() -> auditTrail.list(fixture.organisation, new PageRequest(3, first.continueAfter())));

        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).hasSize(2);
        assertThat(second.continueAfter()).isEmpty();
        assertThat(first.items()).doesNotContainAnyElementsOf(second.items());
    }

    @Test
    void aPageOfToolsLoadsTheCollectionsOfItsOwnToolsOnly() {
        Fixture fixture = fixture("tool-page");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                tools.add(AiTool.declare(
                        new ToolId(UUID.randomUUID()),
                        fixture.organisation,
                        fixture.tool.details(),
                        fixture.admin.id(),
                        NOW));
            }
        });

        Statistics statistics = sessionFactory.getStatistics();
        long[] counts = new long[3];
        Page<AiTool> page = QuarkusTransaction.requiringNew().call(() -> {
            statistics.clear();
            Page<AiTool> result = tools.list(fixture.organisation, ToolFilter.none(), PageRequest.first(2));
            counts[0] = statistics.getPrepareStatementCount();
            counts[1] = statistics.getCollectionLoadCount();
            counts[2] = statistics.getEntityLoadCount();
            return result;
        });

        assertThat(page.items())
                .hasSize(2)
                .allSatisfy(tool -> assertThat(tool.details()).isEqualTo(fixture.tool.details()));
        // the page read as columns, then the data categories and the teams of its own rows (by their ids, the
        // look-ahead one included), never of all 4: three statements, no entity nor collection hydrated
        assertThat(counts[0]).isEqualTo(3);
        assertThat(counts[1]).isZero();
        assertThat(counts[2]).isZero();
    }

    @Test
    void theLastActiveAdministratorsAreCounted() {
        Fixture fixture = fixture("admins");
        assertThat(QuarkusTransaction.requiringNew().call(() -> memberships.countActiveAdmins(fixture.organisation)))
                .isEqualTo(1);
    }

    private record Fixture(OrganisationId organisation, Membership admin, AiTool tool) {}

    private Fixture fixture(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OrganisationId id = new OrganisationId(UUID.randomUUID());
            String unique = slug + "-" + id.value().toString().substring(0, 8);
            organisations.add(Organisation.register(
                    id, OrganisationKind.ASSOCIATION, anOrganisation(unique).build(), NOW));
            Membership admin = Membership.founder(
                    new MemberId(UUID.randomUUID()),
                    id,
                    new Caller("subject-" + unique, unique + "@example.org", true, "Admin", true),
                    NOW);
            memberships.add(admin);
            memberships.add(Membership.invite(
                    new MemberId(UUID.randomUUID()),
                    id,
                    aMemberWithoutAccount()
                            .named("Bénévole sans compte")
                            .as(PersonType.VOLUNTEER)
                            .build(),
                    NOW));
            AiTool tool = AiTool.declare(
                    new ToolId(UUID.randomUUID()),
                    id,
                    aTool().named("DeepL")
                            .withVendor("DeepL SE")
                            .withDescription("Traduction des courriers")
                            .inCategory(ToolCategory.TRANSLATION)
                            .withAccount(AccountType.PROFESSIONAL)
                            .hostedIn(HostingRegion.EU)
                            .withData(DataCategory.INTERNAL, DataCategory.PERSONAL)
                            .usedBy("Accueil", "Communication")
                            .withEstimatedUsers(6)
                            .costing(new BigDecimal("299.00"))
                            .build(),
                    admin.id(),
                    NOW);
            tools.add(tool);
            return new Fixture(id, admin, tool);
        });
    }
}
