package org.gouvernail.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.domain.feedback.AboutKind;
import org.gouvernail.domain.feedback.Channel;
import org.gouvernail.domain.feedback.FeedbackEvent.FeedbackStatusChanged;
import org.gouvernail.domain.feedback.FeedbackEvent.FeedbackSubmitted;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.FeedbackStatus;
import org.gouvernail.domain.feedback.IdentityMode;
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
    void anAnonymousFeedbackItemIsNotAnnouncedWhenItArrivesAndAConfidentialOneIsWithoutItsAuthor() {
        OrganisationId organisation = new OrganisationId(UUID.randomUUID());
        FeedbackItemId item = FeedbackItemId.random();
        assertThat(PublicEvents.of(
                        submitted(organisation, item, IdentityMode.ANONYMOUS), Instant.EPOCH, UUID::randomUUID))
                .isEmpty();
        assertThat(PublicEvents.of(
                        submitted(organisation, item, IdentityMode.CONFIDENTIAL), Instant.EPOCH, UUID::randomUUID))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo("feedback.submitted");
                    assertThat(event.subjectType()).isEqualTo("FEEDBACK_ITEM");
                    assertThat(event.links())
                            .containsOnly(Map.entry(
                                    "self", "/api/v1/organisations/" + organisation + "/feedback/" + item.value()));
                });
    }

    @Test
    void everyDomainEventOfTheNewAreasThatIsPublicHasALink() {
        OrganisationId organisation = new OrganisationId(UUID.randomUUID());
        FeedbackItemId item = FeedbackItemId.random();
        var moved = new FeedbackStatusChanged(
                organisation, item, FeedbackKind.CONCERN, FeedbackStatus.RECEIVED, FeedbackStatus.ACKNOWLEDGED);
        assertThat(PublicEvents.of(moved, Instant.EPOCH, UUID::randomUUID))
                .singleElement()
                .satisfies(event -> assertThat(event.type()).isEqualTo("feedback.status-changed"));
    }

    private static FeedbackSubmitted submitted(OrganisationId organisation, FeedbackItemId item, IdentityMode mode) {
        return new FeedbackSubmitted(
                organisation, item, FeedbackKind.CONCERN, AboutKind.TOOL, mode, Channel.APP, false);
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
