package org.gouvernail.domain.communication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.shared.Language;

/**
 * Policy: what a plan should hold and does not yet, computed from the plan, its actions and the
 * registers each time it is asked (nothing is stored, so a proposal never goes stale):
 * <ul>
 * <li>the consultation of worker representatives the law asks for, while no action carries it;</li>
 * <li>a message on jobs when the change automates tasks and no action addresses JOBS;</li>
 * <li>for each policy version in force that no action of the plan names: an announcement to
 * everyone (staff, volunteers, board) with the version's easy-to-read summary;</li>
 * <li>for each approved tool that no action of the plan names: an announcement to its teams (to the
 * staff when it names none).</li>
 * </ul>
 */
public final class Proposals {

    /** A policy version in force, as an announcement needs it. */
    public record PolicyInForce(UUID versionId, String policyTitle, String summary) {}

    /** An approved tool, as an announcement needs it. */
    public record ApprovedTool(UUID toolId, String name, List<String> teams) {}

    private static final List<Target> EVERYONE =
            List.of(Target.of(Audience.STAFF), Target.of(Audience.VOLUNTEERS), Target.of(Audience.BOARD));

    private Proposals() {}

    public static List<Proposal> of(
            PlanReview review,
            List<CommunicationAction> actions,
            List<PolicyInForce> policies,
            List<ApprovedTool> tools,
            Language language,
            LocalDate today) {
        List<CommunicationAction> live =
                actions.stream().filter(CommunicationAction::live).toList();
        List<Proposal> proposals = new ArrayList<>();
        review.consultation()
                .filter(step -> step.progress() == ConsultationStep.Progress.PROPOSED)
                .ifPresent(step -> {
                    ConsultationDuty duty = step.duty();
                    MessageTemplate template = MessageTemplates.get(
                            duty.basis() == LegalBasis.BE_CCT_39 ? "consultation-be" : "consultation-fr");
                    proposals.add(new Proposal(
                            "CONSULTATION",
                            List.of(Target.of(Audience.WORKER_REPRESENTATIVES)),
                            ChangeStage.AWARENESS,
                            Set.of(Concern.JOBS, Concern.WORKLOAD, Concern.SURVEILLANCE),
                            template.id(),
                            template.message().in(language),
                            template.easyToRead().in(language),
                            duty.basis(),
                            duty.dueOn(),
                            duty.lateOn(today),
                            List.of()));
                });
        if (review.warnings().contains("jobs-message-missing")) {
            MessageTemplate jobs = MessageTemplates.get("jobs");
            proposals.add(new Proposal(
                    "JOBS_MESSAGE",
                    List.of(Target.of(Audience.STAFF), Target.of(Audience.VOLUNTEERS)),
                    jobs.stage(),
                    Set.of(Concern.JOBS),
                    jobs.id(),
                    jobs.message().in(language),
                    jobs.easyToRead().in(language),
                    null,
                    null,
                    false,
                    List.of()));
        }
        MessageTemplate policyTemplate = MessageTemplates.get("policy-announcement");
        for (PolicyInForce policy : policies) {
            LinkedSubject subject = new LinkedSubject(LinkedSubjectKind.POLICY_VERSION, policy.versionId());
            if (named(live, subject)) {
                continue;
            }
            proposals.add(new Proposal(
                    "POLICY_ANNOUNCEMENT",
                    EVERYONE,
                    policyTemplate.stage(),
                    Set.of(),
                    policyTemplate.id(),
                    policyTemplate.message().in(language).replace(MessageTemplates.SUBJECT, policy.policyTitle()),
                    policy.summary(),
                    null,
                    null,
                    false,
                    List.of(subject)));
        }
        MessageTemplate toolTemplate = MessageTemplates.get("tool-announcement");
        for (ApprovedTool tool : tools) {
            LinkedSubject subject = new LinkedSubject(LinkedSubjectKind.TOOL, tool.toolId());
            if (named(live, subject)) {
                continue;
            }
            List<Target> teams = tool.teams().isEmpty()
                    ? List.of(Target.of(Audience.STAFF))
                    : tool.teams().stream().map(Target::team).toList();
            proposals.add(new Proposal(
                    "TOOL_ANNOUNCEMENT",
                    teams,
                    toolTemplate.stage(),
                    Set.of(),
                    toolTemplate.id(),
                    toolTemplate.message().in(language).replace(MessageTemplates.SUBJECT, tool.name()),
                    toolTemplate.easyToRead().in(language).replace(MessageTemplates.SUBJECT, tool.name()),
                    null,
                    null,
                    false,
                    List.of(subject)));
        }
        return proposals;
    }

    private static boolean named(List<CommunicationAction> actions, LinkedSubject subject) {
        return actions.stream().anyMatch(action -> action.details().subjects().contains(subject));
    }
}
