package org.gouvernail.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class TrainingModuleTest {

    @Test
    void aDraftIsEditedThenPublishedAtRevisionOne() {
        TrainingModule draft = TrainingModule.draft(
                new TrainingModuleId(UUID.randomUUID()),
                Modules.ORGANISATION,
                "IA-102",
                Modules.content("Vérifier", 24, false),
                null,
                Modules.AUTHOR,
                Modules.NOW);

        TrainingModule active = draft.withContent(Modules.content("Vérifier une sortie", 24, false))
                .publish();

        assertThat(active.status()).isEqualTo(ModuleStatus.ACTIVE);
        assertThat(active.revision()).isEqualTo(1);
        assertThat(active.content().title()).isEqualTo("Vérifier une sortie");
    }

    @Test
    void anActiveModuleChangesOnlyThroughANewVersion() {
        TrainingModule active = Modules.active(12);

        assertThatThrownBy(() -> active.withContent(Modules.content("Autre", 12, true)))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "module-not-draft");
        TrainingModule revised = active.revise(Modules.content("Autre", 12, true));

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.stillCounts(1)).isFalse();
        assertThat(revised.stillCounts(2)).isTrue();
    }

    @Test
    void aNewVersionThatAsksNoRefreshKeepsEarlierRecordsCounting() {
        TrainingModule revised = Modules.active(12).revise(Modules.content("Coquille corrigée", 12, false));

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.stillCounts(1)).isTrue();
    }

    @Test
    void aRetiredModuleServesNoSessionNorRecord() {
        TrainingModule retired = Modules.active(12).retire();

        assertThatThrownBy(retired::requireActive).hasFieldOrPropertyWithValue("code", "module-not-active");
        assertThatThrownBy(retired::retire).hasFieldOrPropertyWithValue("code", "module-retired");
    }

    @Test
    void codesAndContentAreChecked() {
        assertThatThrownBy(() -> TrainingModule.code("ia 101"))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("code", "module-code");
        assertThatThrownBy(() -> new Provider(ProviderKind.EXTERNAL, null, null))
                .hasFieldOrPropertyWithValue("code", "required");
        assertThatThrownBy(() -> new Provider(ProviderKind.EXTERNAL, "X", "javascript:alert(1)"))
                .hasFieldOrPropertyWithValue("code", "url");
        ModuleContent base = Modules.content("Charte", 12, true);
        assertThatThrownBy(() -> new ModuleContent(
                        base.title(),
                        base.summary(),
                        null,
                        Set.of(Topic.CHECKING_OUTPUTS),
                        base.level(),
                        base.objectives(),
                        null,
                        15,
                        base.formats(),
                        base.languages(),
                        null,
                        12,
                        new PolicyId(UUID.randomUUID()),
                        Set.of(),
                        true))
                .hasFieldOrPropertyWithValue("code", "policy-needs-our-policy-topic");
    }
}
