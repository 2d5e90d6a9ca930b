package org.gouvernail.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolEvent.ToolDeclared;
import org.gouvernail.domain.inventory.ToolEvent.ToolUpdated;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class PublicEventsTest {

    @Test
    void everyTypeIsDescribedInFrenchEnglishAndDutch() {
        assertThat(PublicEvents.describedIn()).containsExactlyInAnyOrder(Language.values());
        PublicEvents.types()
                .forEach(type -> assertThat(PublicEvents.description(type).fr()).isNotBlank());
    }

    @Test
    void theTypesAsked() {
        assertThat(PublicEvents.types())
                .contains(
                        "tool.declared",
                        "tool.status-changed",
                        "assessment.completed",
                        "risk.level-changed",
                        "policy.version-published",
                        "acknowledgement.due",
                        "approval-request.submitted",
                        "approval-request.decided",
                        "decision.recorded",
                        "meeting.scheduled")
                .allMatch(type -> type.matches("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)+"));
    }

    @Test
    void aDeclaredToolIsOnePublicEventWithItsLinkAndNoAuthor() {
        OrganisationId organisation = new OrganisationId(UUID.randomUUID());
        ToolId tool = new ToolId(UUID.randomUUID());
        UUID id = UUID.randomUUID();
        var events = PublicEvents.of(
                new ToolDeclared(
                        organisation,
                        tool,
                        org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool()
                                .build()),
                Instant.EPOCH,
                () -> id);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo(id);
            assertThat(event.type()).isEqualTo("tool.declared");
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.subjectId()).isEqualTo(tool.value());
            assertThat(event.links()).containsEntry("self", "/api/v1/organisations/" + organisation + "/tools/" + tool);
        });
    }

    @Test
    void aToolUpdateIsPublishedAsToolUpdated() {
        var details = org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool().build();
        assertThat(PublicEvents.of(
                        new ToolUpdated(
                                new OrganisationId(UUID.randomUUID()), new ToolId(UUID.randomUUID()), details, details),
                        Instant.EPOCH,
                        UUID::randomUUID))
                .extracting(PublicEvent::type)
                .containsExactly("tool.updated");
    }
}
