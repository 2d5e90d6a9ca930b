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

    @Test
    void aDisclosureDecisionNamesTheItemOnlyNeverTheOutcomeNorTheAuthor() {
        OrganisationId organisation = new OrganisationId(UUID.randomUUID());
        FeedbackItemId item = FeedbackItemId.random();
        var decided = new org.gouvernail.domain.feedback.FeedbackEvent.DisclosureDecided(
                organisation,
                item,
                FeedbackKind.CONCERN,
                org.gouvernail.domain.feedback.DisclosureRequestId.random(),
                org.gouvernail.domain.feedback.DisclosureOutcome.GRANTED);
        assertThat(PublicEvents.of(decided, Instant.EPOCH, UUID::randomUUID))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo("feedback.disclosure-decided");
                    assertThat(event.subjectId()).isEqualTo(item.value());
                    assertThat(event.links())
                            .containsOnly(Map.entry(
                                    "self", "/api/v1/organisations/" + organisation + "/feedback/" + item.value()));
                });
    }

    @Test
    void anAcceptedRoadmapActionLinksTheRoadmapAndTheObjectItCreated() {
        OrganisationId organisation = new OrganisationId(UUID.randomUUID());
        UUID policy = UUID.randomUUID();
        var accepted = new org.gouvernail.domain.readiness.ReadinessEvent.RoadmapActionAccepted(
                organisation, org.gouvernail.domain.readiness.RoadmapAction.ADOPT_POLICY, policy);
        String base = "/api/v1/organisations/" + organisation;
        assertThat(PublicEvents.of(accepted, Instant.EPOCH, UUID::randomUUID))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo("roadmap-action.accepted");
                    assertThat(event.links())
                            .containsOnly(
                                    Map.entry("self", base + "/roadmap"),
                                    Map.entry("created", base + "/policies/" + policy));
                });
    }

    @Test
    void anIncidentActionLinksItselfAndItsIncident() {
        OrganisationId organisation = new OrganisationId(UUID.randomUUID());
        var incident = new org.gouvernail.domain.incident.IncidentId(UUID.randomUUID());
        var member = new org.gouvernail.domain.organisation.MemberId(UUID.randomUUID());
        var step = org.gouvernail.domain.incident.IncidentAction.plan(
                new org.gouvernail.domain.incident.IncidentActionId(UUID.randomUUID()),
                organisation,
                incident,
                "Changer le mot de passe",
                member,
                java.time.LocalDate.of(2026, 12, 1),
                member,
                Instant.EPOCH);
        String self = "/api/v1/organisations/" + organisation + "/incidents/" + incident.value();
        assertThat(PublicEvents.of(
                        new org.gouvernail.domain.incident.IncidentEvent.ActionPlanned(organisation, incident, step),
                        Instant.EPOCH,
                        UUID::randomUUID))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo("incident.action-planned");
                    assertThat(event.links())
                            .containsOnly(
                                    Map.entry(
                                            "self",
                                            self + "/actions/" + step.id().value()),
                                    Map.entry("incident", self));
                });
    }

    @Test
    void aReadinessResponseIsNeverAnnounced() {
        assertThat(PublicEvents.types())
                .contains("readiness-campaign.opened", "review.proposed", "use-case.values-checked")
                .doesNotContain("readiness-campaign.answered");
    }
}
