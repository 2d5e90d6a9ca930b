package org.gouvernail.app.todo;

import static org.gouvernail.domain.risk.ActionDetailsBuilder.anAction;
import static org.gouvernail.domain.risk.RiskBuilder.aStoredRisk;
import static org.gouvernail.domain.risk.RiskDetailsBuilder.aRisk;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.DecisionBuilder;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.MeetingBuilder;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.port.out.ApprovalRequests;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.inventory.assessment.AssessmentInput;
import org.gouvernail.domain.inventory.assessment.ChecklistAnswer;
import org.gouvernail.domain.inventory.assessment.ChecklistItem;
import org.gouvernail.domain.inventory.assessment.ItemAnswer;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.inventory.assessment.port.in.AssessmentRegister;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersionBuilder;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.VersionStatus;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.risk.ActionId;
import org.gouvernail.domain.risk.MitigationAction;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Deadlines;

/**
 * Test fixture: the association of {@link World#scene()} with something due in every area: a policy
 * version published (everyone acknowledges it), two meetings to come (one listing cole, one listing
 * nobody), a pending approval request, a decision to review, a risk carl owns and reviews, his
 * overdue mitigation action, and an assessment of a tool with personal data for rita to validate;
 * and a pending request in the stranger's association, which nobody else may see.
 */
@ApplicationScoped
public class ToDoScene {

    /** What was seeded, with the ids the tests look for. */
    public record Seeded(
            Scene scene,
            Map<String, MemberId> members,
            VersionId version,
            PolicyId policy,
            MeetingId attendedMeeting,
            MeetingId openMeeting,
            RequestId request,
            RequestId strangersRequest,
            DecisionId decision,
            RiskId risk,
            ActionId action,
            VendorAssessment assessment) {}

    private final World world;
    private final Memberships memberships;
    private final Policies policies;
    private final PolicyVersions versions;
    private final Decisions decisions;
    private final Meetings meetings;
    private final ApprovalRequests requests;
    private final Risks risks;
    private final AssessmentRegister assessments;

    public ToDoScene(
            World world,
            Memberships memberships,
            Policies policies,
            PolicyVersions versions,
            Decisions decisions,
            Meetings meetings,
            ApprovalRequests requests,
            Risks risks,
            AssessmentRegister assessments) {
        this.world = world;
        this.memberships = memberships;
        this.policies = policies;
        this.versions = versions;
        this.decisions = decisions;
        this.meetings = meetings;
        this.requests = requests;
        this.risks = risks;
        this.assessments = assessments;
    }

    public Seeded seed() {
        Scene scene = world.scene();
        OrganisationId org = scene.organisation();
        Map<String, MemberId> members = Map.of(
                World.ADMIN, member(org, World.ADMIN),
                World.COMMITTEE, member(org, World.COMMITTEE),
                World.DATA_REFERENT, member(org, World.DATA_REFERENT),
                World.CONTRIBUTOR, member(org, World.CONTRIBUTOR),
                World.VIEWER, member(org, World.VIEWER));
        MemberId ada = members.get(World.ADMIN);
        Instant now = Instant.now();
        LocalDate today = Deadlines.dayOf(now);
        DecisionId decision = new DecisionId(UUID.randomUUID());
        PolicyId policy = new PolicyId(UUID.randomUUID());
        VersionId version = new VersionId(UUID.randomUUID());
        MeetingId attended = new MeetingId(UUID.randomUUID());
        MeetingId open = new MeetingId(UUID.randomUUID());
        RequestId request = new RequestId(UUID.randomUUID());
        RequestId strangers = new RequestId(UUID.randomUUID());
        RiskId risk = new RiskId(UUID.randomUUID());
        ActionId action = new ActionId(UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            decisions.add(DecisionBuilder.aDecision()
                    .withId(decision)
                    .of(org)
                    .reviewedOn(today.plusDays(10))
                    .recordedBy(ada, now)
                    .build());
            policies.add(new Policy(policy, org, "Charte IA", "Cadre", null, ada, 0, now));
            versions.add(PolicyVersionBuilder.aPolicyVersion()
                    .withId(version)
                    .of(policy)
                    .in(org)
                    .in(VersionStatus.PUBLISHED)
                    .publishedBy(decision.value(), now.minusSeconds(3600))
                    .createdBy(ada)
                    .build());
            meetings.add(MeetingBuilder.aMeeting()
                    .withId(attended)
                    .of(org)
                    .on(today.plusDays(3))
                    .attendedBy(Set.of(members.get(World.COMMITTEE)))
                    .build());
            meetings.add(MeetingBuilder.aMeeting()
                    .withId(open)
                    .of(org)
                    .on(today.plusDays(4))
                    .build());
            requests.add(ApprovalRequest.submit(
                    request, org, RequestKind.NEW_TOOL, null, "Essayer Le Chat", "Pour l'accueil", ada, now));
            MemberId otto = memberships
                    .findActive(scene.other(), World.STRANGER)
                    .orElseThrow()
                    .id();
            requests.add(ApprovalRequest.submit(
                    strangers, scene.other(), RequestKind.NEW_TOOL, null, "Secret voisin", null, otto, now));
            risks.add(aStoredRisk()
                    .withId(risk)
                    .of(org)
                    .withDetails(aRisk().titled("Fuite de données")
                            .ownedBy(members.get(World.CONTRIBUTOR))
                            .reviewedOn(today.plusDays(5))
                            .build())
                    .withActions(List.of(new MitigationAction(
                            action,
                            anAction("Former l'équipe")
                                    .ownedBy(members.get(World.CONTRIBUTOR))
                                    .due(today.minusDays(2))
                                    .build())))
                    .raisedBy(ada)
                    .build());
        });
        VendorAssessment started = assessments.start(
                World.caller(World.CONTRIBUTOR), org, scene.tool().id(), allYes());
        VendorAssessment submitted =
                assessments.submit(World.caller(World.CONTRIBUTOR), org, started.id(), started.version());
        return new Seeded(
                scene, members, version, policy, attended, open, request, strangers, decision, risk, action, submitted);
    }

    /** Every item of the vendor checklist answered: a complete assessment may be submitted. */
    private static AssessmentInput allYes() {
        Map<ChecklistItem, ItemAnswer> answers = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            answers.put(item, ItemAnswer.of(item, ChecklistAnswer.YES));
        }
        return new AssessmentInput(null, answers);
    }

    private MemberId member(OrganisationId org, String subject) {
        return memberships.findActive(org, subject).orElseThrow().id();
    }
}
