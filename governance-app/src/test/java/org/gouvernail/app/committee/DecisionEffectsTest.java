package org.gouvernail.app.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.inventory.ToolDecisionEffect;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.support.InMemory;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.committee.AwaitingDecision;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.Votes;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.DecisionDraft;
import org.gouvernail.domain.committee.port.out.DecisionEffect;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new area becomes decidable by adding one decision effect: here training requirements, which the
 * committee service has never heard of, are decided, applied and audited through it.
 */
class DecisionEffectsTest {

    static final DecisionSubject TRAINING_REQUIREMENT = DecisionSubject.of("TRAINING_REQUIREMENT");

    private final InMemory.Platform platform = new InMemory.Platform();
    private final TrainingRequirements training = new TrainingRequirements(platform.auditor);
    private final CommitteeGovernanceService service = new CommitteeGovernanceService(
            new InMemoryCommittees(),
            new InMemoryMeetings(),
            new InMemoryDecisions(),
            new InMemoryApprovalRequests(),
            List.of(
                    new ToolDecisionEffect(
                            platform.tools,
                            platform.auditor,
                            new org.gouvernail.app.catalogue.InMemoryCatalogueAdoptions(),
                            new org.gouvernail.app.inventory.assessment.InMemoryAssessments()),
                    training),
            platform.memberships,
            platform.access,
            platform.auditor,
            platform.ids,
            platform.clock);
    private OrganisationId organisation;
    private Caller chloe;
    private Meeting meeting;

    @BeforeEach
    void aConstitutedCommitteeInAQuorateMeeting() {
        organisation = platform.registered("entraide").id();
        chloe = platform.signedIn(organisation, "chloe", Role.COMMITTEE);
        Caller dan = platform.signedIn(organisation, "dan", Role.COMMITTEE);
        MemberId[] seats = {
            platform.membership(organisation, InMemory.FOUNDER).id(),
            platform.membership(organisation, chloe).id(),
            platform.membership(organisation, dan).id()
        };
        service.configure(
                InMemory.FOUNDER,
                organisation,
                0,
                Charter.standard(),
                List.of(
                        new CommitteeMember(seats[0], CommitteeRole.CHAIR, true, null, null),
                        new CommitteeMember(seats[1], CommitteeRole.SECRETARY, true, null, null),
                        new CommitteeMember(seats[2], CommitteeRole.MEMBER, true, null, null)));
        meeting = service.schedule(
                        chloe, organisation, LocalDate.parse("2025-03-10"), List.of(), Set.of(seats[0], seats[1]), null)
                .meeting();
    }

    private DecisionDraft onTraining(UUID requirement, DecisionOutcome outcome) {
        return new DecisionDraft(
                TRAINING_REQUIREMENT,
                requirement,
                null,
                outcome,
                null,
                null,
                "Former avant tout usage",
                new Votes(2, 0, 0),
                null,
                null);
    }

    @Test
    void aDecisionOnANewKindOfSubjectIsAppliedByItsEffectAndAudited() {
        UUID requirement = training.proposed(organisation, "Sensibilisation à l'IA");
        int before = platform.audit.size();

        Decision decision =
                service.decide(chloe, organisation, meeting.id(), onTraining(requirement, DecisionOutcome.APPROVED));

        assertThat(training.statuses).containsEntry(requirement, "REQUIRED");
        List<AuditEvent> audit = platform.audit.since(before);
        assertThat(audit)
                .extracting(AuditEvent::action)
                .containsExactly("training-requirement.decided", "decision.recorded");
        assertThat(audit.get(0).subjectType()).isEqualTo("TRAINING_REQUIREMENT");
        assertThat(audit.get(0).summary()).isEqualTo("status: PROPOSED → REQUIRED; decision: " + decision.id());
        assertThat(audit.get(1).summary())
                .startsWith("subject: TRAINING_REQUIREMENT " + requirement + "; outcome: APPROVED")
                .endsWith("; training requirement status: PROPOSED → REQUIRED");
    }

    @Test
    void theCommitteeListsWhatTheNewAreaSubmitsToIt() {
        UUID requirement = training.proposed(organisation, "Sensibilisation à l'IA");

        assertThat(service.committee(chloe, organisation).awaitingDecision())
                .containsExactly(
                        new AwaitingDecision(TRAINING_REQUIREMENT, requirement, null, "Sensibilisation à l'IA", 0));
    }

    @Test
    void aSubjectTheEffectDoesNotKnowIsNotFoundAndNothingIsAudited() {
        UUID elsewhere = training.proposed(
                platform.registeredBy(InMemory.OTHER_FOUNDER, "federation").id(), "Prompting");
        int before = platform.audit.size();

        assertThatThrownBy(() -> service.decide(
                        chloe, organisation, meeting.id(), onTraining(elsewhere, DecisionOutcome.APPROVED)))
                .isInstanceOf(NotFound.class)
                .extracting("arguments")
                .asList()
                .containsExactly("training-requirement", elsewhere.toString());
        assertThat(platform.audit.since(before)).isEmpty();
        assertThat(training.statuses).containsEntry(elsewhere, "PROPOSED");
    }

    @Test
    void aCodeNoEffectHandlesIsRefusedWithTheCodesThatCanBeDecided() {
        DecisionDraft unknown = new DecisionDraft(
                DecisionSubject.of("FEEDBACK"),
                UUID.randomUUID(),
                null,
                DecisionOutcome.APPROVED,
                null,
                null,
                null,
                new Votes(2, 0, 0),
                null,
                null);

        assertThatThrownBy(() -> service.decide(chloe, organisation, meeting.id(), unknown))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("subject"))
                .extracting("arguments")
                .asList()
                .containsExactly("TOOL, APPROVAL_REQUEST, TRAINING_REQUIREMENT, OTHER");
    }

    /** The event a new area would declare in its own domain package. */
    record TrainingRequirementDecided(
            OrganisationId organisationId, UUID subjectId, String before, String after, UUID decisionId)
            implements DomainEvent {

        @Override
        public String action() {
            return "training-requirement.decided";
        }

        @Override
        public String subjectType() {
            return "TRAINING_REQUIREMENT";
        }

        String change() {
            return "status: " + before + " → " + after;
        }

        @Override
        public String summary() {
            return change() + "; decision: " + decisionId;
        }
    }

    /** A fake area: proposed training requirements become REQUIRED when the committee approves them. */
    static final class TrainingRequirements implements DecisionEffect {

        final Map<UUID, String> statuses = new HashMap<>();
        private final Map<UUID, String> titles = new HashMap<>();
        private final Map<UUID, OrganisationId> owners = new HashMap<>();
        private final Auditor auditor;

        TrainingRequirements(Auditor auditor) {
            this.auditor = auditor;
        }

        UUID proposed(OrganisationId organisationId, String title) {
            UUID id = UUID.randomUUID();
            statuses.put(id, "PROPOSED");
            titles.put(id, title);
            owners.put(id, organisationId);
            return id;
        }

        @Override
        public DecisionSubject subject() {
            return TRAINING_REQUIREMENT;
        }

        @Override
        public String subjectName() {
            return "training-requirement";
        }

        @Override
        public boolean exists(OrganisationId organisationId, UUID subjectId) {
            return organisationId.equals(owners.get(subjectId));
        }

        @Override
        public String apply(Caller caller, Decision decision) {
            if (!exists(decision.organisationId(), decision.subjectId())) {
                throw new NotFound(subjectName(), decision.subjectId());
            }
            if (!decision.approves()) {
                return "";
            }
            String before = statuses.put(decision.subjectId(), "REQUIRED");
            TrainingRequirementDecided event = new TrainingRequirementDecided(
                    decision.organisationId(),
                    decision.subjectId(),
                    before,
                    "REQUIRED",
                    decision.id().value());
            auditor.record(caller, event);
            return "training requirement " + event.change();
        }

        @Override
        public List<AwaitingDecision> awaitingDecision(OrganisationId organisationId) {
            return statuses.entrySet().stream()
                    .filter(entry ->
                            entry.getValue().equals("PROPOSED") && organisationId.equals(owners.get(entry.getKey())))
                    .map(entry -> new AwaitingDecision(
                            TRAINING_REQUIREMENT, entry.getKey(), null, titles.get(entry.getKey()), 0))
                    .toList();
        }
    }
}
