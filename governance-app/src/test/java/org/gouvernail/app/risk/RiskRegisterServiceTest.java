package org.gouvernail.app.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.risk.ActionDetailsBuilder.anAction;
import static org.gouvernail.domain.risk.RiskDetailsBuilder.aRisk;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.app.support.InMemory;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.risk.ActionStatus;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskDetails;
import org.gouvernail.domain.risk.RiskDraft;
import org.gouvernail.domain.risk.RiskFilter;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.risk.Treatment;
import org.gouvernail.domain.risk.port.in.RiskRegister.Actioned;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The risk register service on in-memory ports: who may do what, ids of the organisation only, audit. */
class RiskRegisterServiceTest {

    private final InMemory.Platform platform = new InMemory.Platform();
    private final InMemoryRisks risks = new InMemoryRisks();
    private final RiskRegisterService service = new RiskRegisterService(
            risks,
            platform.tools,
            platform.memberships,
            platform.organisations,
            platform.access,
            platform.auditor,
            platform.ids,
            platform.clock);
    private OrganisationId organisation;
    private Caller chloe;
    private Caller bob;
    private Caller carol;
    private Caller vera;

    @BeforeEach
    void anAssociationWithACommitteeMemberTwoContributorsAndAViewer() {
        organisation = platform.registered("entraide").id();
        chloe = platform.signedIn(organisation, "chloe", Role.COMMITTEE);
        bob = platform.signedIn(organisation, "bob", Role.CONTRIBUTOR);
        carol = platform.signedIn(organisation, "carol", Role.CONTRIBUTOR);
        vera = platform.signedIn(organisation, "vera", Role.VIEWER);
    }

    private MemberId id(Caller caller) {
        return platform.membership(organisation, caller).id();
    }

    private static RiskDraft draft(String entry, MemberId owner, Set<org.gouvernail.domain.inventory.ToolId> tools) {
        return new RiskDraft(entry, null, null, null, null, null, Treatment.MITIGATE, tools, owner, null, true);
    }

    private String lastAction() {
        return platform.audit.all().get(platform.audit.size() - 1).action();
    }

    @Test
    void anyContributorRaisesARiskFromTheCatalogueButAViewerDoesNot() {
        Risk risk = service.raise(bob, organisation, draft("R01", null, Set.of()));

        assertThat(risk.details().title()).isEqualTo("Données de bénéficiaires collées dans un chatbot public");
        assertThat(risk.actions()).hasSize(3);
        assertThat(risk.raisedBy()).isEqualTo(id(bob));
        assertThat(lastAction()).isEqualTo("risk.raised");
        assertThat(platform.audit.all().get(platform.audit.size() - 1).summary())
                .contains("fromCatalogue: R01")
                .contains("actions: 3");
        assertThatThrownBy(() -> service.raise(vera, organisation, draft("R01", null, Set.of())))
                .isInstanceOf(Forbidden.class)
                .extracting("action")
                .isEqualTo("raise-risk");
    }

    @Test
    void theOwnerOfARiskChangesItAndItsActionsOtherContributorsDoNot() {
        Risk risk = service.raise(chloe, organisation, draft("R02", id(bob), Set.of()));
        RiskDetails changed = aRisk().titled("Chiffres inventés dans le rapport annuel")
                .inCategory(risk.details().category())
                .rated(2, 4)
                .treatedBy(Treatment.MITIGATE)
                .ownedBy(id(bob))
                .reviewedOn(LocalDate.parse("2025-06-01"))
                .build();

        Risk updated = service.update(bob, organisation, risk.id(), 0, changed);

        assertThat(updated.version()).isEqualTo(1);
        assertThat(lastAction()).isEqualTo("risk.updated");
        assertThatThrownBy(() -> service.update(carol, organisation, risk.id(), 1, changed))
                .isInstanceOf(Forbidden.class)
                .extracting("action")
                .isEqualTo("change-risk");
        assertThatThrownBy(() -> service.addAction(
                        carol, organisation, risk.id(), anAction("X").build()))
                .isInstanceOf(Forbidden.class)
                .extracting("action")
                .isEqualTo("manage-risk-action");
        assertThat(service.changeStatus(bob, organisation, risk.id(), 1, RiskStatus.TREATING)
                        .status())
                .isEqualTo(RiskStatus.TREATING);
        assertThatThrownBy(() -> service.remove(bob, organisation, risk.id(), 2))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> service.accept(bob, organisation, risk.id(), 2, "Faible"))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void theOwnerOfAnActionMarksItDone() {
        Risk risk = service.raise(chloe, organisation, draft("R05", null, Set.of()));
        Actioned added = service.addAction(
                chloe,
                organisation,
                risk.id(),
                anAction("Choisir des modèles sobres")
                        .ownedBy(id(carol))
                        .due(LocalDate.parse("2025-04-01"))
                        .build());

        Actioned done = service.updateAction(
                carol,
                organisation,
                risk.id(),
                added.action().id(),
                added.risk().version(),
                anAction("Choisir des modèles sobres")
                        .ownedBy(id(carol))
                        .due(LocalDate.parse("2025-04-01"))
                        .in(ActionStatus.DONE)
                        .build());

        assertThat(done.action().details().status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.risk().version()).isEqualTo(added.risk().version() + 1);
        assertThat(lastAction()).isEqualTo("risk.action-updated");
        assertThatThrownBy(() -> service.removeAction(
                        carol,
                        organisation,
                        risk.id(),
                        added.action().id(),
                        done.risk().version()))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> service.updateAction(
                        chloe,
                        organisation,
                        risk.id(),
                        added.action().id(),
                        0,
                        anAction("Autre").build()))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void toolsAndOwnersOfAnotherOrganisationAreUnknown() {
        OrganisationId other =
                platform.registeredBy(InMemory.OTHER_FOUNDER, "voisins").id();
        AiTool theirTool = platform.toolService.declare(InMemory.OTHER_FOUNDER, other, InMemory.tool("Gemini"));
        MemberId theirAdmin = platform.membership(other, InMemory.OTHER_FOUNDER).id();

        assertThatThrownBy(() -> service.raise(chloe, organisation, draft("R01", null, Set.of(theirTool.id()))))
                .isInstanceOf(NotFound.class)
                .extracting("arguments")
                .asList()
                .first()
                .isEqualTo("tool");
        assertThatThrownBy(() -> service.raise(chloe, organisation, draft("R01", theirAdmin, Set.of())))
                .isInstanceOf(NotFound.class)
                .extracting("arguments")
                .asList()
                .first()
                .isEqualTo("member");
        Risk risk = service.raise(chloe, organisation, draft("R01", null, Set.of()));
        assertThatThrownBy(() -> service.risk(InMemory.OTHER_FOUNDER, other, risk.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.risk(InMemory.OTHER_FOUNDER, organisation, risk.id()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aRemovedMemberCannotBecomeAnOwner() {
        Membership bobs = platform.membership(organisation, bob);
        platform.organisationService.removeMember(InMemory.FOUNDER, organisation, bobs.id(), bobs.version());

        assertThatThrownBy(() -> service.raise(chloe, organisation, draft("R01", bobs.id(), Set.of())))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("member-revoked");
    }

    @Test
    void theCommitteeAcceptsAMediumRiskAndTheAcceptanceIsAudited() {
        Risk risk = service.raise(chloe, organisation, draft("R04", null, Set.of()));

        Risk accepted = service.accept(chloe, organisation, risk.id(), 0, "Alternative budgétée pour 2026");

        assertThat(accepted.acceptance().acceptedBy()).isEqualTo(id(chloe));
        assertThat(lastAction()).isEqualTo("risk.accepted");
        assertThat(platform.audit.all().get(platform.audit.size() - 1).summary())
                .isEqualTo(
                        "treatment: MITIGATE → ACCEPT; status: OPEN → MONITORED; level: MEDIUM; rationale: Alternative budgétée pour 2026");
        Risk high = service.raise(chloe, organisation, draft("R12", null, Set.of()));
        int before = platform.audit.size();
        assertThatThrownBy(() -> service.accept(chloe, organisation, high.id(), 0, "Non"))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("committee-decision-required");
        assertThat(platform.audit.size()).as("nothing audited for a refusal").isEqualTo(before);
    }

    @Test
    void theHeatmapAndTheOverdueFilterReadTheRegister() {
        service.raise(
                chloe,
                organisation,
                new RiskDraft(
                        "R06",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        InMemory.NOW
                                .atZone(java.time.ZoneOffset.UTC)
                                .toLocalDate()
                                .minusDays(1),
                        false));
        service.raise(chloe, organisation, draft("R01", null, Set.of()));

        assertThat(service.heatmap(vera, organisation).openRisks()).isEqualTo(2);
        assertThat(service.risks(
                                vera,
                                organisation,
                                new RiskFilter(null, null, null, null, Optional.of(true)),
                                PageRequest.first(10))
                        .items())
                .extracting(r -> r.catalogueEntry())
                .containsExactly("R06");
    }
}
