package org.gouvernail.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.app.support.InMemory.OTHER_FOUNDER;

import java.util.Set;
import org.gouvernail.app.support.InMemory;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.usecase.AiActAnswers;
import org.gouvernail.domain.usecase.DpiaAnswers;
import org.gouvernail.domain.usecase.DpiaCriterion;
import org.gouvernail.domain.usecase.Matrix;
import org.gouvernail.domain.usecase.NewUseCase;
import org.gouvernail.domain.usecase.NewUseCaseBuilder;
import org.gouvernail.domain.usecase.OperatorRole;
import org.gouvernail.domain.usecase.PeopleAffected;
import org.gouvernail.domain.usecase.ProhibitedPractice;
import org.gouvernail.domain.usecase.Quadrant;
import org.gouvernail.domain.usecase.RiskTier;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UseCasePortfolioServiceTest {

    private final InMemory.Platform platform = new InMemory.Platform();
    private final UseCasePortfolioService service = new UseCasePortfolioService(
            new InMemoryUseCases(),
            platform.tools,
            platform.memberships,
            platform.organisations,
            platform.access,
            platform.auditor,
            platform.ids,
            platform.clock);
    private OrganisationId organisation;
    private OrganisationId other;
    private Caller bob;
    private Caller carol;
    private Caller chloe;
    private Caller dario;
    private Caller vera;

    @BeforeEach
    void anAssociationWithEveryRoleAndAnotherNextDoor() {
        organisation = platform.registered("entraide").id();
        bob = platform.signedIn(organisation, "bob", Role.CONTRIBUTOR);
        carol = platform.signedIn(organisation, "carol", Role.CONTRIBUTOR);
        chloe = platform.signedIn(organisation, "chloe", Role.COMMITTEE);
        dario = platform.signedIn(organisation, "dario", Role.DATA_REFERENT);
        vera = platform.signedIn(organisation, "vera", Role.VIEWER);
        other = platform.registeredBy(OTHER_FOUNDER, "voisins").id();
    }

    private static NewUseCase fromCatalogue(String id) {
        return NewUseCaseBuilder.fromCatalogue(id).build();
    }

    private String lastAction() {
        return platform.audit.all().get(platform.audit.size() - 1).action();
    }

    @Test
    void aContributorProposesFromTheCatalogueAndOwnsTheIdea() {
        UseCase useCase = service.propose(bob, organisation, fromCatalogue("meeting-summaries"));

        assertThat(useCase.status()).isEqualTo(UseCaseStatus.IDEA);
        assertThat(useCase.details().owner())
                .isEqualTo(platform.membership(organisation, bob).id());
        assertThat(useCase.details().title()).isEqualTo("Résumer les réunions");
        assertThat(useCase.details().quadrant()).contains(Quadrant.QUICK_WIN);
        assertThat(useCase.catalogueEntry()).isEqualTo("meeting-summaries");
        assertThat(lastAction()).isEqualTo("use-case.proposed");
    }

    @Test
    void aViewerMayReadButNotPropose() {
        assertThatThrownBy(() -> service.propose(vera, organisation, fromCatalogue("translation")))
                .isInstanceOf(Forbidden.class);
        assertThat(service.matrix(vera, organisation).quadrants()).containsOnlyKeys(Quadrant.values());
    }

    @Test
    void anUnknownCatalogueEntryIsInvalidInput() {
        assertThatThrownBy(() -> service.propose(bob, organisation, fromCatalogue("teleportation")))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("fromCatalogue");
    }

    @Test
    void anotherOrganisationsToolOrMemberIsUnknownHere() {
        AiTool foreignTool = platform.toolService.declare(OTHER_FOUNDER, other, InMemory.tool("DeepL"));
        NewUseCase withForeignTool = NewUseCaseBuilder.fromCatalogue("translation")
                .withTools(Set.of(foreignTool.id()))
                .build();
        NewUseCase withForeignOwner = NewUseCaseBuilder.fromCatalogue("translation")
                .ownedBy(platform.membership(other, OTHER_FOUNDER).id())
                .build();

        assertThatThrownBy(() -> service.propose(bob, organisation, withForeignTool))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("toolIds");
        assertThatThrownBy(() -> service.propose(bob, organisation, withForeignOwner))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("ownerId");
    }

    @Test
    void theOwnerAndTheReviewersEditOthersMayNot() {
        UseCase useCase = service.propose(bob, organisation, fromCatalogue("translation"));
        var renamed = new org.gouvernail.domain.usecase.UseCaseDetails(
                "Traduire le journal",
                null,
                null,
                null,
                null,
                PeopleAffected.PUBLIC,
                null,
                useCase.details().owner(),
                null,
                null,
                null);

        assertThatThrownBy(() -> service.update(carol, organisation, useCase.id(), 0, renamed))
                .isInstanceOf(Forbidden.class);
        UseCase byOwner = service.update(bob, organisation, useCase.id(), 0, renamed);
        // a change of its own: MariaDB moves the version only when something changed (UseCasesContract)
        var reworded = new org.gouvernail.domain.usecase.UseCaseDetails(
                "Traduire le journal et les affiches",
                null,
                null,
                null,
                null,
                PeopleAffected.PUBLIC,
                null,
                useCase.details().owner(),
                null,
                null,
                null);
        UseCase byReferent = service.update(dario, organisation, useCase.id(), 1, reworded);

        assertThat(byOwner.version()).isEqualTo(1);
        assertThat(byReferent.version()).isEqualTo(2);
        assertThatThrownBy(() -> service.update(bob, organisation, useCase.id(), 0, renamed))
                .isInstanceOf(StaleVersion.class);
        assertThat(lastAction()).isEqualTo("use-case.updated");
    }

    @Test
    void submittedUseCasesWaitForADecisionBeforeAnyPilot() {
        UseCase useCase = service.propose(bob, organisation, fromCatalogue("translation"));
        UseCase submitted = service.submit(bob, organisation, useCase.id(), 0);

        assertThat(submitted.status()).isEqualTo(UseCaseStatus.SUBMITTED);
        assertThat(lastAction()).isEqualTo("use-case.submitted");
        assertThatThrownBy(() -> service.startPilot(chloe, organisation, useCase.id(), 1))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("decision-required");
        assertThatThrownBy(() -> service.startPilot(carol, organisation, useCase.id(), 1))
                .isInstanceOf(Forbidden.class);
        assertThat(service.retire(chloe, organisation, useCase.id(), 1).status())
                .isEqualTo(UseCaseStatus.RETIRED);
    }

    @Test
    void theOwnerProfilesTheirIdeaThenOnlyTheReviewersMay() {
        UseCase useCase = service.propose(bob, organisation, fromCatalogue("automated-beneficiary-decisions"));
        AiActAnswers socialScoring = AiActAnswers.fromVersion1(
                Set.of(ProhibitedPractice.P_C), Set.of(), Set.of(), true, Set.of(), false, OperatorRole.DEPLOYER);

        UseCase profiled = service.profileAiAct(bob, organisation, useCase.id(), 0, socialScoring);
        UseCase submitted = service.submit(bob, organisation, useCase.id(), 1);

        assertThat(profiled.tier()).contains(RiskTier.PROHIBITED);
        assertThat(platform.audit.all()).anySatisfy(e -> assertThat(e.summary()).startsWith("tier: none → PROHIBITED"));
        assertThat(submitted.canBeApproved()).isFalse();
        assertThatThrownBy(() ->
                        service.screenDpia(bob, organisation, useCase.id(), 2, new DpiaAnswers(Set.of(), Set.of())))
                .isInstanceOf(Forbidden.class);
        UseCase screened = service.screenDpia(
                dario,
                organisation,
                useCase.id(),
                2,
                new DpiaAnswers(Set.of(), Set.of(DpiaCriterion.C2, DpiaCriterion.C7)));
        assertThat(screened.dpiaScreening().orElseThrow().outcome().name()).isEqualTo("LIKELY");
        assertThat(lastAction()).isEqualTo("use-case.dpia-screened");
    }

    @Test
    void onlyUndecidedUseCasesAreDeletedAndTheMatrixSortsTheRest() {
        UseCase quickWin = service.propose(bob, organisation, fromCatalogue("translation"));
        UseCase avoid = service.propose(bob, organisation, fromCatalogue("public-chatbot-without-resources"));
        UseCase retired = service.propose(bob, organisation, fromCatalogue("event-visuals"));
        service.retire(bob, organisation, retired.id(), 0);

        Matrix matrix = service.matrix(bob, organisation);
        assertThat(matrix.quadrants().get(Quadrant.QUICK_WIN))
                .extracting(UseCase::id)
                .containsExactly(quickWin.id());
        assertThat(matrix.quadrants().get(Quadrant.AVOID))
                .extracting(UseCase::id)
                .containsExactly(avoid.id());
        assertThat(matrix.quadrants().get(Quadrant.FILL_IN)).isEmpty();

        assertThatThrownBy(() -> service.remove(bob, organisation, retired.id(), 1))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("use-case-decided");
        assertThatThrownBy(() -> service.remove(carol, organisation, avoid.id(), 0))
                .isInstanceOf(Forbidden.class);
        service.remove(bob, organisation, avoid.id(), 0);
        assertThat(lastAction()).isEqualTo("use-case.removed");
        assertThatThrownBy(() -> service.useCase(bob, organisation, avoid.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void aStrangerSeesNothing() {
        UseCase useCase = service.propose(bob, organisation, fromCatalogue("translation"));

        assertThatThrownBy(() -> service.useCase(OTHER_FOUNDER, organisation, useCase.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.useCase(OTHER_FOUNDER, other, useCase.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.matrix(InMemory.STRANGER, organisation))
                .isInstanceOf(NotFound.class);
    }
}
