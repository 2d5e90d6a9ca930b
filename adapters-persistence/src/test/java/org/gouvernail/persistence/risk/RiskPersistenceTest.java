package org.gouvernail.persistence.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aMinimalTool;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.risk.ActionDetails;
import org.gouvernail.domain.risk.ActionId;
import org.gouvernail.domain.risk.ActionStatus;
import org.gouvernail.domain.risk.MitigationAction;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskCategory;
import org.gouvernail.domain.risk.RiskDetails;
import org.gouvernail.domain.risk.RiskFilter;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.port.out.Risks;
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

/**
 * The risk register against a real MariaDB: a risk with its tool links and actions as one aggregate
 * under one version, and a page of risks that loads the children of its own risks only.
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class RiskPersistenceTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final LocalDate TODAY = LocalDate.now();
    // ids whose text grows as they are made, like the application's UUIDv7: actions come back in that order
    private static final AtomicLong NEXT_ID = new AtomicLong(System.currentTimeMillis() << 16);

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    Tools tools;

    @Inject
    Risks risks;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager entityManager;

    private record Fixture(OrganisationId organisation, Membership admin, ToolId deepl, ToolId chatbot) {}

    @Test
    void aRiskSurvivesTheRoundTripWithItsToolsAndActions() {
        Fixture fixture = fixture("risk-round");
        Risk risk = raise(
                fixture,
                Set.of(fixture.deepl, fixture.chatbot),
                action("Former les bénévoles", null),
                action("Relire les sorties", TODAY));

        Risk stored = QuarkusTransaction.requiringNew()
                .call(() -> risks.find(fixture.organisation, risk.id()).orElseThrow());

        assertThat(stored).isEqualTo(risk);
        assertThat(stored.details().toolIds()).containsExactlyInAnyOrder(fixture.deepl, fixture.chatbot);
        assertThat(stored.actions()).hasSize(2);
    }

    @Test
    void aChangeToOneActionAloneMovesTheRiskVersionAndAnUnchangedSaveDoesNot() {
        Fixture fixture = fixture("risk-version");
        MitigationAction training = action("Former les bénévoles", null);
        Risk risk = raise(fixture, Set.of(fixture.deepl), training, action("Relire les sorties", TODAY));

        Risk unchanged = QuarkusTransaction.requiringNew().call(() -> risks.update(risk));
        assertThat(unchanged.version()).isZero();

        Risk started = QuarkusTransaction.requiringNew()
                .call(() -> risks.update(risk.changeAction(
                        training.id(),
                        new ActionDetails(
                                "Former les bénévoles",
                                fixture.admin.id(),
                                TODAY.plusDays(30),
                                ActionStatus.IN_PROGRESS))));
        assertThat(started.version()).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> risks.find(fixture.organisation, risk.id()).orElseThrow()))
                .isEqualTo(started)
                .satisfies(found -> assertThat(
                                found.action(training.id()).details().status())
                        .isEqualTo(ActionStatus.IN_PROGRESS));

        assertThatThrownBy(() ->
                        QuarkusTransaction.requiringNew().call(() -> risks.update(risk.removeAction(training.id()))))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void actionsAndToolLinksRemovedFromTheRiskLeaveTheDatabase() {
        Fixture fixture = fixture("risk-children");
        MitigationAction training = action("Former les bénévoles", null);
        MitigationAction review = action("Relire les sorties", TODAY);
        Risk risk = raise(fixture, Set.of(fixture.deepl, fixture.chatbot), training, review);

        Risk changed =
                risk.removeAction(training.id()).withDetails(details("Fuite de données", Set.of(fixture.chatbot)));
        Risk saved = QuarkusTransaction.requiringNew().call(() -> risks.update(changed));

        Risk stored = QuarkusTransaction.requiringNew()
                .call(() -> risks.find(fixture.organisation, risk.id()).orElseThrow());
        assertThat(stored).isEqualTo(saved);
        assertThat(stored.actions()).containsExactly(review);
        assertThat(stored.details().toolIds()).containsExactly(fixture.chatbot);
        assertThat(rows("risk_tool", risk)).isEqualTo(1);
        assertThat(rows("risk_action", risk)).isEqualTo(1);

        QuarkusTransaction.requiringNew().run(() -> risks.remove(fixture.organisation, risk.id(), saved.version()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> risks.find(fixture.organisation, risk.id())))
                .isEmpty();
        assertThat(rows("risk_tool", risk)).isZero();
        assertThat(rows("risk_action", risk)).isZero();
    }

    @Test
    void aPageLoadsTheToolsAndActionsOfItsOwnRisksInOneQueryEach() {
        Fixture fixture = fixture("risk-page");
        List<UUID> ids = Stream.generate(UUID::randomUUID)
                .limit(8)
                .sorted(Comparator.comparing(UUID::toString))
                .toList();
        List<Risk> raised = new ArrayList<>();
        for (UUID id : ids) {
            raised.add(raise(
                    fixture,
                    new RiskId(id),
                    Set.of(fixture.deepl),
                    action("Action de " + id, null),
                    action("Suivi de " + id, null)));
        }

        Statistics statistics = sessionFactory.getStatistics();
        long[] counts = new long[2];
        Page<Risk> first = QuarkusTransaction.requiringNew().call(() -> {
            statistics.clear();
            Page<Risk> page = risks.list(fixture.organisation, RiskFilter.none(), TODAY, PageRequest.first(3));
            counts[0] = statistics.getPrepareStatementCount();
            counts[1] = statistics.getCollectionLoadCount();
            return page;
        });

        assertThat(first.items()).containsExactlyElementsOf(raised.subList(0, 3));
        // the page query, then the links and the actions of the 3 risks and the look-ahead one
        assertThat(counts[0]).isEqualTo(3);
        assertThat(counts[1]).isEqualTo(2 * 4);
        Page<Risk> rest = QuarkusTransaction.requiringNew()
                .call(() -> risks.list(
                        fixture.organisation, RiskFilter.none(), TODAY, new PageRequest(50, first.continueAfter())));
        assertThat(rest.items()).containsExactlyElementsOf(raised.subList(3, 8));
    }

    @Test
    void risksAreFilteredByToolAndByOverdueActionThroughTheirCollections() {
        Fixture fixture = fixture("risk-filter");
        Risk late = raise(fixture, Set.of(fixture.deepl), action("En retard", TODAY.minusDays(1)));
        Risk onTime = raise(fixture, Set.of(fixture.chatbot), action("À temps", TODAY.plusDays(1)));
        RiskFilter onDeepl = new RiskFilter(null, null, null, Optional.of(fixture.deepl), null);
        RiskFilter overdue = new RiskFilter(null, null, null, null, Optional.of(true));
        RiskFilter notOverdue = new RiskFilter(null, null, null, null, Optional.of(false));

        assertThat(list(fixture, onDeepl)).containsExactly(late);
        assertThat(list(fixture, overdue)).containsExactly(late);
        assertThat(list(fixture, notOverdue)).containsExactly(onTime);
    }

    private List<Risk> list(Fixture fixture, RiskFilter filter) {
        return QuarkusTransaction.requiringNew()
                .call(() -> risks.list(fixture.organisation, filter, TODAY, PageRequest.first(50)))
                .items();
    }

    private long rows(String table, Risk risk) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from " + table + " where risk_id = ?1")
                                .setParameter(1, risk.id().value().toString())
                                .getSingleResult())
                        .longValue());
    }

    private static MitigationAction action(String title, LocalDate due) {
        ActionId id = new ActionId(
                new UUID(NEXT_ID.incrementAndGet(), UUID.randomUUID().getLeastSignificantBits()));
        return new MitigationAction(id, new ActionDetails(title, null, due, ActionStatus.PLANNED));
    }

    private static RiskDetails details(String title, Set<ToolId> toolIds) {
        return new RiskDetails(title, null, RiskCategory.PRIVACY, 3, 2, null, null, null, toolIds, null, null);
    }

    private Risk raise(Fixture fixture, Set<ToolId> toolIds, MitigationAction... actions) {
        return raise(fixture, new RiskId(UUID.randomUUID()), toolIds, actions);
    }

    private Risk raise(Fixture fixture, RiskId id, Set<ToolId> toolIds, MitigationAction... actions) {
        Risk risk = Risk.raise(
                id,
                fixture.organisation,
                details("Fuite de données personnelles", toolIds),
                List.of(actions),
                null,
                fixture.admin.id(),
                NOW);
        QuarkusTransaction.requiringNew().run(() -> risks.add(risk));
        return risk;
    }

    private Fixture fixture(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OrganisationId id = new OrganisationId(UUID.randomUUID());
            String unique = slug + "-" + id.value().toString().substring(0, 8);
            organisations.add(Organisation.register(
                    id,
                    OrganisationKind.ASSOCIATION,
                    new OrganisationProfile("Asbl " + unique, unique, "BE", new OrganisationSize(3, 20), "fr"),
                    NOW));
            Membership admin = Membership.founder(
                    new MemberId(UUID.randomUUID()),
                    id,
                    new Caller("subject-" + unique, unique + "@example.org", true, "Admin", true),
                    NOW);
            memberships.add(admin);
            return new Fixture(id, admin, tool(id, admin, "DeepL"), tool(id, admin, "Chatbot"));
        });
    }

    private ToolId tool(OrganisationId organisation, Membership admin, String name) {
        AiTool tool = AiTool.declare(
                new ToolId(UUID.randomUUID()),
                organisation,
                aMinimalTool()
                        .named(name)
                        .inCategory(ToolCategory.TRANSLATION)
                        .withAccount(AccountType.PROFESSIONAL)
                        .hostedIn(HostingRegion.EU)
                        .withData(DataCategory.INTERNAL)
                        .build(),
                admin.id(),
                NOW);
        tools.add(tool);
        return tool.id();
    }
}
