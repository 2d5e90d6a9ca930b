package org.gouvernail.app.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.app.support.InMemory.FOUNDER;
import static org.gouvernail.app.support.InMemory.NOW;
import static org.gouvernail.app.support.InMemory.tool;

import java.util.Optional;
import org.gouvernail.app.support.InMemory;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ToolInventoryServiceTest {

    private final InMemory.Platform platform = new InMemory.Platform();
    private OrganisationId organisation;
    private Caller bob;
    private Caller carol;
    private Caller chloe;
    private Caller dario;

    @BeforeEach
    void anAssociationWithContributorsACommitteeMemberAndADataReferent() {
        organisation = platform.registered("entraide").id();
        bob = platform.signedIn(organisation, "bob", Role.CONTRIBUTOR);
        carol = platform.signedIn(organisation, "carol", Role.CONTRIBUTOR);
        chloe = platform.signedIn(organisation, "chloe", Role.COMMITTEE);
        dario = platform.signedIn(organisation, "dario", Role.DATA_REFERENT);
    }

    private AiTool declaredByBob() {
        return platform.toolService.declare(bob, organisation, tool("DeepL"));
    }

    private AiTool underReview(AiTool tool) {
        return platform.toolService.changeStatus(
                chloe, organisation, tool.id(), tool.version(), ToolStatus.UNDER_REVIEW);
    }

    private String lastAction() {
        return platform.audit.all().get(platform.audit.size() - 1).action();
    }

    @Test
    void anyContributorDeclaresATool() {
        int before = platform.audit.size();

        AiTool tool = declaredByBob();

        assertThat(tool.status()).isEqualTo(ToolStatus.DECLARED);
        assertThat(tool.declaredBy())
                .isEqualTo(platform.membership(organisation, bob).id());
        assertThat(tool.declaredAt()).isEqualTo(NOW);
        assertThat(platform.audit.since(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("tool.declared");
            assertThat(event.subjectType()).isEqualTo("TOOL");
            assertThat(event.subjectId()).isEqualTo(tool.id().value());
            assertThat(event.summary()).startsWith("name: DeepL; vendor: Vendor;");
        });
    }

    @Test
    void theDeclarerMayCorrectTheirToolWhileItIsDeclared() {
        AiTool tool = declaredByBob();
        int before = platform.audit.size();

        AiTool corrected = platform.toolService.update(bob, organisation, tool.id(), 0, tool("DeepL Pro"));

        assertThat(corrected.version()).isEqualTo(1);
        assertThat(corrected.details().name()).isEqualTo("DeepL Pro");
        assertThat(platform.audit.since(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("tool.updated");
            assertThat(event.summary()).isEqualTo("name: DeepL → DeepL Pro");
        });
    }

    @Test
    void theDeclarerMayRemoveADeclarationMadeByMistake() {
        AiTool tool = declaredByBob();
        int before = platform.audit.size();

        platform.toolService.remove(bob, organisation, tool.id(), 0);

        assertThat(platform.tools.find(organisation, tool.id())).isEmpty();
        assertThat(platform.audit.since(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("tool.removed");
            assertThat(event.summary()).isEqualTo("name: DeepL; status: DECLARED");
        });
    }

    @Test
    void theDeclarerMayNoLongerEditTheToolOnceItIsUnderReview() {
        AiTool tool = underReview(declaredByBob());

        assertThatThrownBy(() ->
                        platform.toolService.update(bob, organisation, tool.id(), tool.version(), tool("DeepL Pro")))
                .isInstanceOfSatisfying(
                        Forbidden.class, e -> assertThat(e.action()).isEqualTo("change-tool"));
    }

    @Test
    void theDeclarerMayNoLongerRemoveTheToolOnceItIsUnderReview() {
        AiTool tool = underReview(declaredByBob());

        assertThatThrownBy(() -> platform.toolService.remove(bob, organisation, tool.id(), tool.version()))
                .isInstanceOfSatisfying(
                        Forbidden.class, e -> assertThat(e.action()).isEqualTo("remove-tool"));
        assertThat(platform.tools.find(organisation, tool.id())).isPresent();
    }

    @Test
    void anotherContributorMayNeitherEditNorRemoveSomeoneElsesDeclaration() {
        AiTool tool = declaredByBob();

        assertThatThrownBy(() -> platform.toolService.update(carol, organisation, tool.id(), 0, tool("Mine now")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> platform.toolService.remove(carol, organisation, tool.id(), 0))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void theDataReferentMayCorrectAnyToolEvenUnderReview() {
        AiTool tool = underReview(declaredByBob());

        AiTool corrected =
                platform.toolService.update(dario, organisation, tool.id(), tool.version(), tool("DeepL Pro"));

        assertThat(corrected.details().name()).isEqualTo("DeepL Pro");
        assertThat(corrected.status()).isEqualTo(ToolStatus.UNDER_REVIEW);
    }

    @Test
    void onlyAnAdministratorRemovesAToolUnderReview() {
        AiTool tool = underReview(declaredByBob());

        assertThatThrownBy(() -> platform.toolService.remove(chloe, organisation, tool.id(), tool.version()))
                .isInstanceOf(Forbidden.class);
        platform.toolService.remove(FOUNDER, organisation, tool.id(), tool.version());

        assertThat(platform.tools.find(organisation, tool.id())).isEmpty();
        assertThat(lastAction()).isEqualTo("tool.removed");
    }

    @Test
    void theCommitteePutsADeclaredToolUnderReview() {
        AiTool tool = declaredByBob();
        int before = platform.audit.size();

        AiTool reviewed = underReview(tool);

        assertThat(reviewed.status()).isEqualTo(ToolStatus.UNDER_REVIEW);
        assertThat(reviewed.version()).isEqualTo(1);
        assertThat(platform.audit.since(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("tool.status-changed");
            assertThat(event.summary()).isEqualTo("status: DECLARED → UNDER_REVIEW");
        });
    }

    @Test
    void anAdministratorRetiresATool() {
        AiTool tool = underReview(declaredByBob());

        AiTool retired =
                platform.toolService.changeStatus(FOUNDER, organisation, tool.id(), tool.version(), ToolStatus.RETIRED);

        assertThat(retired.status()).isEqualTo(ToolStatus.RETIRED);
        assertThat(platform.audit.all().get(platform.audit.size() - 1).summary())
                .isEqualTo("status: UNDER_REVIEW → RETIRED");
    }

    @ParameterizedTest
    @EnumSource(
            value = ToolStatus.class,
            names = {"APPROVED", "APPROVED_WITH_CONDITIONS", "RESTRICTED", "FORBIDDEN"})
    void onlyACommitteeDecisionApprovesRestrictsOrForbidsATool(ToolStatus target) {
        AiTool tool = underReview(declaredByBob());
        int before = platform.audit.size();

        assertThatThrownBy(
                        () -> platform.toolService.changeStatus(chloe, organisation, tool.id(), tool.version(), target))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("decision-required");
        assertThat(platform.tools.find(organisation, tool.id()).orElseThrow().status())
                .isEqualTo(ToolStatus.UNDER_REVIEW);
        assertThat(platform.audit.since(before)).isEmpty();
    }

    @Test
    void neitherAContributorNorTheDataReferentChangesAToolsStatus() {
        AiTool tool = declaredByBob();

        assertThatThrownBy(() ->
                        platform.toolService.changeStatus(bob, organisation, tool.id(), 0, ToolStatus.UNDER_REVIEW))
                .isInstanceOfSatisfying(
                        Forbidden.class, e -> assertThat(e.action()).isEqualTo("change-tool-status"));
        assertThatThrownBy(() ->
                        platform.toolService.changeStatus(dario, organisation, tool.id(), 0, ToolStatus.UNDER_REVIEW))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void aRetiredToolCannotBeRetiredAgainNorEdited() {
        AiTool tool = declaredByBob();
        AiTool retired = platform.toolService.changeStatus(chloe, organisation, tool.id(), 0, ToolStatus.RETIRED);

        assertThatThrownBy(() -> platform.toolService.changeStatus(
                        chloe, organisation, tool.id(), retired.version(), ToolStatus.RETIRED))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("transition-refused");
        assertThatThrownBy(() -> platform.toolService.update(
                        dario, organisation, tool.id(), retired.version(), tool("DeepL Pro")))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("tool-retired");
    }

    @Test
    void aToolChangedFromAStaleVersionIsRefused() {
        AiTool tool = declaredByBob();
        platform.toolService.update(bob, organisation, tool.id(), 0, tool("DeepL Pro"));
        int before = platform.audit.size();

        assertThatThrownBy(() -> platform.toolService.update(bob, organisation, tool.id(), 0, tool("DeepL Free")))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() ->
                        platform.toolService.changeStatus(chloe, organisation, tool.id(), 0, ToolStatus.UNDER_REVIEW))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> platform.toolService.remove(bob, organisation, tool.id(), 0))
                .isInstanceOf(StaleVersion.class);
        assertThat(platform.tools
                        .find(organisation, tool.id())
                        .orElseThrow()
                        .details()
                        .name())
                .isEqualTo("DeepL Pro");
        assertThat(platform.audit.since(before)).isEmpty();
    }

    @Test
    void everyMemberReadsTheInventory() {
        AiTool tool = declaredByBob();

        assertThat(platform.toolService
                        .tools(carol, organisation, ToolFilter.none(), PageRequest.first(10))
                        .items())
                .extracting(AiTool::id)
                .containsExactly(tool.id());
        assertThat(platform.toolService
                        .tools(
                                carol,
                                organisation,
                                new ToolFilter(Optional.of(ToolStatus.UNDER_REVIEW), null, null, Optional.of("  ")),
                                PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThat(platform.toolService.tool(carol, organisation, tool.id())).isEqualTo(tool);
    }
}
