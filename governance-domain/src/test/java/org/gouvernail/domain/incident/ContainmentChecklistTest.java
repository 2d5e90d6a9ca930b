package org.gouvernail.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ContainmentChecklistTest {

    private static final MemberId RITA = new MemberId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void everyTypeHasAChecklistWrittenInFrenchEnglishAndDutchWithDistinctCodes() {
        for (IncidentType type : IncidentType.values()) {
            List<ContainmentStep> steps = ContainmentChecklists.of(type);
            assertThat(steps).as(type.name()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
            Set<String> codes = new HashSet<>();
            for (ContainmentStep step : steps) {
                assertThat(codes.add(step.code())).as(type + " " + step.code()).isTrue();
                assertThat(step.code()).matches("[a-z-]{3,40}");
                assertThat(step.text().languages()).containsExactlyInAnyOrder(Language.values());
            }
        }
    }

    @Test
    void dataPastedInAPublicToolAsksTheFiveStepsOfTheIssue() {
        assertThat(ContainmentChecklists.of(IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL))
                .extracting(ContainmentStep::code)
                .containsExactly(
                        "delete-conversation",
                        "ask-vendor-deletion",
                        "check-training-setting",
                        "rotate-secrets",
                        "inform-dpo");
    }

    @Test
    void aStepIsTickedOnceWithWhoAndWhenAndOnlyAStepOfTheType() {
        Incident incident = Incident.report(
                new IncidentId(UUID.randomUUID()),
                new OrganisationId(UUID.randomUUID()),
                new IncidentFacts(
                        "Notes collées",
                        null,
                        IncidentKind.INCIDENT,
                        IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL,
                        null,
                        NOW.minusSeconds(3600),
                        Set.of(),
                        Set.of(),
                        null,
                        Set.of(DataCategory.PERSONAL),
                        null,
                        null,
                        false,
                        Set.of(),
                        false,
                        true,
                        false),
                "BE",
                RITA,
                NOW);
        assertThat(incident.tick("delete-conversation")).isEmpty();
        Incident ticked = incident.tickStep("delete-conversation", RITA, NOW);
        assertThat(ticked.tick("delete-conversation")).contains(new StepTick("delete-conversation", RITA, NOW));
        assertThat(ticked.duties()).isEqualTo(incident.duties());
        assertThatThrownBy(() -> ticked.tickStep("delete-conversation", RITA, NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already ticked");
        assertThatThrownBy(() -> ticked.tickStep("file-complaint", RITA, NOW)).isInstanceOf(NotFound.class);
    }
}
