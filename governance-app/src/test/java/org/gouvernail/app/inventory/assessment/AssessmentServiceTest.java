package org.gouvernail.app.inventory.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.app.support.InMemory.NOW;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.app.support.InMemory;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.assessment.AssessedTool;
import org.gouvernail.domain.inventory.assessment.AssessmentContext;
import org.gouvernail.domain.inventory.assessment.AssessmentInput;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.inventory.assessment.AssessmentStatus;
import org.gouvernail.domain.inventory.assessment.ChecklistAnswer;
import org.gouvernail.domain.inventory.assessment.ChecklistItem;
import org.gouvernail.domain.inventory.assessment.ItemAnswer;
import org.gouvernail.domain.inventory.assessment.LatestAssessment;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentServiceTest {

    private final InMemory.Platform platform = new InMemory.Platform();
    private final InMemoryAssessments store = new InMemoryAssessments();
    private final AssessmentService service = new AssessmentService(
            store, platform.tools, platform.access, platform.auditor, platform.ids, platform.clock);
    private OrganisationId organisation;
    private Caller bob;
    private Caller carol;
    private Caller chloe;
    private Caller dario;
    private Caller vera;
    private AiTool personalTool;
    private AiTool internalTool;

    @BeforeEach
    void anAssociationWithTwoContributorsACommitteeMemberADataReferentAndAViewer() {
        organisation = platform.registered("entraide").id();
        bob = platform.signedIn(organisation, "bob", Role.CONTRIBUTOR);
        carol = platform.signedIn(organisation, "carol", Role.CONTRIBUTOR);
        chloe = platform.signedIn(organisation, "chloe", Role.COMMITTEE);
        dario = platform.signedIn(organisation, "dario", Role.DATA_REFERENT);
        vera = platform.signedIn(organisation, "vera", Role.VIEWER);
        personalTool = platform.toolService.declare(bob, organisation, tool("Le Chat", DataCategory.PERSONAL));
        internalTool = platform.toolService.declare(bob, organisation, tool("Affiches", DataCategory.INTERNAL));
    }

    private static ToolDetails tool(String name, DataCategory category) {
        return aTool().named(name)
                .withVendor("Vendor")
                .inCategory(ToolCategory.CHATBOT)
                .withData(category)
                .build();
    }

    private static AssessmentInput answered(ChecklistAnswer answer) {
        Map<ChecklistItem, ItemAnswer> answers = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            answers.put(item, ItemAnswer.of(item, answer));
        }
        return new AssessmentInput(AssessmentContext.none(), answers);
    }

    private static AssessmentInput versionOne(ChecklistAnswer answer) {
        Map<ChecklistItem, ItemAnswer> answers = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.of(1)) {
            answers.put(item, ItemAnswer.of(item, answer));
        }
        return new AssessmentInput(AssessmentContext.none(), answers);
    }

    /**
     * Checklist version 2 for new assessments (V18–V22 required; V11, V12 block for a processor of
     * personal data, GDPR art. 28); an assessment made with version 1 keeps its version when edited,
     * so its 17 answers still read and V11/V12 still do not block it alone.
     */
    @Test
    void newAssessmentsTakeVersionTwoAndOldOnesKeepVersionOne() {
        assertThatThrownBy(() -> service.start(bob, organisation, personalTool.id(), versionOne(ChecklistAnswer.YES)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answers"))
                .hasMessageContaining("V18, V19, V20, V21, V22");

        VendorAssessment current = service.start(bob, organisation, personalTool.id(), answered(ChecklistAnswer.YES));
        assertThat(current.input().checklistVersion()).isEqualTo(2);

        VendorAssessment made = service.start(bob, organisation, internalTool.id(), answered(ChecklistAnswer.YES));
        VendorAssessment old = new VendorAssessment(
                made.id(),
                made.organisationId(),
                personalTool.id(),
                current.tool(),
                versionOne(ChecklistAnswer.YES).inVersion(1),
                AssessmentStatus.DRAFT,
                made.author(),
                made.createdAt(),
                null,
                null,
                null,
                null,
                made.version());
        VendorAssessment stored = store.update(old);
        Map<ChecklistItem, ItemAnswer> edited =
                new EnumMap<>(versionOne(ChecklistAnswer.YES).answers());
        edited.put(ChecklistItem.V11, ItemAnswer.of(ChecklistItem.V11, ChecklistAnswer.NO));

        VendorAssessment kept = service.update(
                bob, organisation, old.id(), stored.version(), new AssessmentInput(AssessmentContext.none(), edited));

        assertThat(kept.input().checklistVersion()).isEqualTo(1);
        assertThat(kept.input().answers()).hasSize(17);
        assertThat(kept.result().blockingFindings()).isEmpty();
    }

    private String lastAction() {
        return platform.audit.all().get(platform.audit.size() - 1).action();
    }

    @Test
    void aContributorStartsAnAssessmentWhoseResultIsComputedAndAudited() {
        VendorAssessment assessment = service.start(bob, organisation, personalTool.id(), answered(ChecklistAnswer.NO));

        assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(assessment.author())
                .isEqualTo(platform.membership(organisation, bob).id());
        assertThat(assessment.createdAt()).isEqualTo(NOW);
        assertThat(assessment.result().level()).isEqualTo(AssessmentLevel.BLOCKED);
        assertThat(lastAction()).isEqualTo("assessment.created");
        assertThat(platform.audit.all().get(platform.audit.size() - 1).summary())
                .contains("tool: Le Chat")
                .contains("level: BLOCKED")
                .contains("blocking: [V01, V02, V05, V06, V08, V11, V12, V13, V18, V19, V20]");
    }

    @Test
    void aViewerCannotAssessAndAStrangerDoesNotSeeTheOrganisation() {
        assertThatThrownBy(() -> service.start(vera, organisation, personalTool.id(), answered(ChecklistAnswer.YES)))
                .isInstanceOf(Forbidden.class)
                .hasFieldOrPropertyWithValue("action", "start-assessment");
        assertThatThrownBy(() -> service.start(
                        InMemory.STRANGER, organisation, personalTool.id(), answered(ChecklistAnswer.YES)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() ->
                        service.start(bob, organisation, new ToolId(UUID.randomUUID()), answered(ChecklistAnswer.YES)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theAuthorEditsTheirDraftAnotherContributorMayNot() {
        VendorAssessment draft = service.start(bob, organisation, personalTool.id(), answered(ChecklistAnswer.NO));

        assertThatThrownBy(() -> service.update(carol, organisation, draft.id(), 0, answered(ChecklistAnswer.YES)))
                .isInstanceOf(Forbidden.class)
                .hasFieldOrPropertyWithValue("action", "change-assessment");
        assertThatThrownBy(() -> service.submit(carol, organisation, draft.id(), 0))
                .isInstanceOf(Forbidden.class)
                .hasFieldOrPropertyWithValue("action", "submit-assessment");
        VendorAssessment edited = service.update(bob, organisation, draft.id(), 0, answered(ChecklistAnswer.YES));

        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.result().level()).isEqualTo(AssessmentLevel.GOOD);
        assertThat(lastAction()).isEqualTo("assessment.updated");
        assertThat(platform.audit.all().get(platform.audit.size() - 1).summary())
                .contains("V01: NO → YES")
                .contains("score: 0 → 100");
        assertThatThrownBy(() -> service.update(chloe, organisation, draft.id(), 0, answered(ChecklistAnswer.NO)))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void onlyTheDataReferentValidatesOrReturnsAnAssessmentOfPersonalData() {
        VendorAssessment submitted = service.submit(
                bob,
                organisation,
                service.start(bob, organisation, personalTool.id(), answered(ChecklistAnswer.YES))
                        .id(),
                0);

        assertThatThrownBy(() -> service.validate(chloe, organisation, submitted.id(), 1))
                .isInstanceOf(Forbidden.class)
                .hasFieldOrPropertyWithValue("action", "validate-assessment");
        assertThatThrownBy(() -> service.sendBack(chloe, organisation, submitted.id(), 1, "non"))
                .isInstanceOf(Forbidden.class)
                .hasFieldOrPropertyWithValue("action", "return-assessment");
        VendorAssessment returned =
                service.sendBack(dario, organisation, submitted.id(), 1, "Ajouter la preuve du DPA");
        assertThat(returned.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(lastAction()).isEqualTo("assessment.returned");
        VendorAssessment validated = service.validate(
                dario,
                organisation,
                service.submit(bob, organisation, returned.id(), 2).id(),
                3);

        assertThat(validated.status()).isEqualTo(AssessmentStatus.VALIDATED);
        assertThat(validated.validatedBy())
                .isEqualTo(platform.membership(organisation, dario).id());
        assertThat(lastAction()).isEqualTo("assessment.validated");
    }

    @Test
    void theCommitteeValidatesAnAssessmentOfInternalDataDirectly() {
        VendorAssessment draft = service.start(bob, organisation, internalTool.id(), answered(ChecklistAnswer.PARTIAL));

        VendorAssessment validated = service.validate(chloe, organisation, draft.id(), 0);

        assertThat(validated.status()).isEqualTo(AssessmentStatus.VALIDATED);
        assertThatThrownBy(() -> service.validate(bob, organisation, draft.id(), 1))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void theLatestValidatedAssessmentOfEachToolIsFoundAndAToolWithoutOneHasNone() {
        VendorAssessment first = service.validate(
                chloe,
                organisation,
                service.start(bob, organisation, internalTool.id(), answered(ChecklistAnswer.YES))
                        .id(),
                0);
        service.start(bob, organisation, internalTool.id(), answered(ChecklistAnswer.NO));

        Map<ToolId, LatestAssessment> latest =
                service.latestValidated(vera, organisation, List.of(internalTool.id(), personalTool.id()));

        assertThat(latest).containsOnlyKeys(internalTool.id());
        assertThat(latest.get(internalTool.id()))
                .isEqualTo(new LatestAssessment(first.id(), NOW, AssessmentLevel.GOOD, 100, 0, false));
        assertThat(service.assessmentsOf(vera, organisation, internalTool.id(), PageRequest.first(10))
                        .items())
                .hasSize(2);
        assertThatThrownBy(
                        () -> service.latestValidated(vera, organisation, Collections.nCopies(201, internalTool.id())))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aPageOfToolsCarriesTheLatestValidatedAssessmentOfEachAndAStrangerSeesNothing() {
        VendorAssessment validated = service.validate(
                chloe,
                organisation,
                service.start(bob, organisation, internalTool.id(), answered(ChecklistAnswer.YES))
                        .id(),
                0);

        List<AssessedTool> page = service.assessedTools(vera, organisation, ToolFilter.none(), PageRequest.first(10))
                .items();

        assertThat(page).extracting(AssessedTool::tool).containsExactlyInAnyOrder(personalTool, internalTool);
        assertThat(page)
                .filteredOn(assessed -> assessed.tool().equals(internalTool))
                .singleElement()
                .extracting(AssessedTool::latest)
                .isEqualTo(Optional.of(new LatestAssessment(validated.id(), NOW, AssessmentLevel.GOOD, 100, 0, false)));
        assertThat(page)
                .filteredOn(assessed -> assessed.tool().equals(personalTool))
                .singleElement()
                .extracting(AssessedTool::latest)
                .isEqualTo(Optional.empty());
        assertThat(service.assessedTool(vera, organisation, internalTool.id()).latest())
                .contains(new LatestAssessment(validated.id(), NOW, AssessmentLevel.GOOD, 100, 0, false));
        assertThat(service.assessedTool(vera, organisation, personalTool.id()).latest())
                .isEmpty();
        assertThatThrownBy(() -> service.assessedTools(
                        InMemory.STRANGER, organisation, ToolFilter.none(), PageRequest.first(10)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.assessedTool(InMemory.STRANGER, organisation, internalTool.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.assessedTool(vera, organisation, new ToolId(UUID.randomUUID())))
                .isInstanceOf(NotFound.class);
    }
}
