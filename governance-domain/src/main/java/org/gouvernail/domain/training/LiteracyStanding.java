package org.gouvernail.domain.training;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.usecase.UseCaseId;

/**
 * Policy: what the literacy requirements ask of each person on a day, and whether they have done it,
 * computed from the requirements, the members, the tools they use and the training records: nothing
 * about it is stored, so a new member, a tool use, a new policy version or a voided record changes
 * the answer at once (the triggers of issue 13 without triggered rows).
 *
 * <p>One obligation per active requirement, person of its audience and required module:
 * <ul>
 * <li>its clock starts on the later of the requirement's creation and the trigger: the person's
 * joining (ONBOARDING), their first use of an approved tool of the audience (TOOL_ACCESS: without one
 * they have no obligation yet), the publication of the version in force of the policy the module
 * teaches (POLICY_VERSION), nothing else (PERIODIC); it is due {@code dueWithinDays} later, or when
 * the record that met it lapses if that is later;</li>
 * <li>it is met by the person's latest live record of the module that still counts that day (not
 * expired, not of a version the module asked to refresh, not older than the refresh period), and,
 * for POLICY_VERSION, completed on or after the publication of the version in force; or, for a
 * POLICY_VERSION module teaching a policy, by the person's acknowledgement of that version.</li>
 * </ul>
 */
public final class LiteracyStanding {

    /** The tool statuses that count as "approved" for TOOL_ACCESS. */
    public static final Set<ToolStatus> APPROVED = EnumSet.of(ToolStatus.APPROVED, ToolStatus.APPROVED_WITH_CONDITIONS);

    private LiteracyStanding() {}

    /** The published version in force of a policy and who acknowledged it. */
    public record PolicyInForce(
            PolicyId policyId, VersionId versionId, int number, LocalDate publishedOn, Set<MemberId> acknowledgedBy) {
        public PolicyInForce {
            acknowledgedBy = Set.copyOf(acknowledgedBy);
        }
    }

    /** What the computation reads, for one organisation or several. */
    public record Facts(
            List<LiteracyRequirement> requirements,
            List<Membership> people,
            List<ToolUse> uses,
            List<AiTool> tools,
            Map<UseCaseId, Set<ToolId>> useCaseTools,
            List<TrainingRecord> records,
            List<TrainingModule> modules,
            Map<PolicyId, PolicyInForce> policies) {
        public Facts {
            requirements = List.copyOf(requirements);
            people = List.copyOf(people);
            uses = List.copyOf(uses);
            tools = List.copyOf(tools);
            useCaseTools = Map.copyOf(useCaseTools);
            records = List.copyOf(records);
            modules = List.copyOf(modules);
            policies = Map.copyOf(policies);
        }
    }

    /** How an obligation stands on the day. */
    public enum State {
        MET,
        DUE,
        OVERDUE
    }

    /**
     * One person, one module of one requirement.
     *
     * @param dueOn the day by which it is to be done
     * @param metUntil when MET, the last day the record counts ({@code null}: no end)
     * @param byAcknowledgement met by the acknowledgement of the policy version rather than a record
     */
    public record Obligation(
            LiteracyRequirement requirement,
            MemberId memberId,
            TrainingModuleId moduleId,
            LocalDate dueOn,
            State state,
            LocalDate metUntil,
            boolean byAcknowledgement) {}

    /** Every obligation of the active requirements on {@code today}, by requirement, then person, then module. */
    public static List<Obligation> on(LocalDate today, Facts facts) {
        Map<ToolId, AiTool> toolsById =
                facts.tools().stream().collect(Collectors.toMap(AiTool::id, Function.identity()));
        Map<TrainingModuleId, TrainingModule> modulesById =
                facts.modules().stream().collect(Collectors.toMap(TrainingModule::id, Function.identity()));
        Map<MemberId, List<ToolUse>> usesByMember = new HashMap<>();
        for (ToolUse use : facts.uses()) {
            if (toolsById.containsKey(use.toolId())) {
                usesByMember
                        .computeIfAbsent(use.memberId(), id -> new ArrayList<>())
                        .add(use);
            }
        }
        Map<MemberId, Map<TrainingModuleId, TrainingRecord>> latest = new HashMap<>();
        Comparator<TrainingRecord> order =
                Comparator.comparing(TrainingRecord::completedOn).thenComparing(TrainingRecord::recordedAt);
        for (TrainingRecord record : facts.records()) {
            if (record.voidedBy().isPresent()) {
                continue;
            }
            latest.computeIfAbsent(record.memberId(), id -> new HashMap<>())
                    .merge(record.moduleId(), record, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        List<Obligation> obligations = new ArrayList<>();
        List<LiteracyRequirement> requirements = facts.requirements().stream()
                .filter(LiteracyRequirement::isActive)
                .sorted(Comparator.comparing(r -> r.id().value()))
                .toList();
        List<Membership> people = facts.people().stream()
                .filter(Membership::isActive)
                .sorted(Comparator.comparing(m -> m.id().value()))
                .toList();
        for (LiteracyRequirement requirement : requirements) {
            RequirementTerms terms = requirement.terms();
            LocalDate created = day(requirement.createdAt());
            for (Membership person : people) {
                if (!person.organisationId().equals(requirement.organisationId())) {
                    continue;
                }
                List<ToolUse> uses = usesByMember.getOrDefault(person.id(), List.of());
                if (!inAudience(terms.audience(), person, uses, toolsById, facts.useCaseTools())) {
                    continue;
                }
                LocalDate start = created;
                if (terms.trigger() == RequirementTrigger.ONBOARDING) {
                    start = later(start, day(person.createdAt()));
                } else if (terms.trigger() == RequirementTrigger.TOOL_ACCESS) {
                    LocalDate access = uses.stream()
                            .filter(use -> {
                                AiTool tool = toolsById.get(use.toolId());
                                return APPROVED.contains(tool.status())
                                        && (!terms.audience().namesTools()
                                                || toolMatches(terms.audience(), tool, facts.useCaseTools()));
                            })
                            .map(use -> day(use.recordedAt()))
                            .min(Comparator.naturalOrder())
                            .orElse(null);
                    if (access == null) {
                        continue;
                    }
                    start = later(start, access);
                }
                for (TrainingModuleId moduleId : terms.moduleIds()) {
                    TrainingModule module = modulesById.get(moduleId);
                    if (module == null || module.status() == ModuleStatus.DRAFT) {
                        continue;
                    }
                    PolicyInForce policy = null;
                    LocalDate moduleStart = start;
                    if (terms.trigger() == RequirementTrigger.POLICY_VERSION
                            && module.content().policyId() != null) {
                        policy = facts.policies().get(module.content().policyId());
                        if (policy != null) {
                            moduleStart = later(moduleStart, policy.publishedOn());
                        }
                    }
                    LocalDate dueOn = moduleStart.plusDays(terms.dueWithinDays());
                    TrainingRecord record =
                            latest.getOrDefault(person.id(), Map.of()).get(moduleId);
                    if (policy != null && policy.acknowledgedBy().contains(person.id())) {
                        obligations.add(
                                new Obligation(requirement, person.id(), moduleId, dueOn, State.MET, null, true));
                        continue;
                    }
                    if (record != null && module.stillCounts(record.moduleRevision())) {
                        LocalDate until = lastDay(record, terms.refreshMonths());
                        boolean recentEnough =
                                policy == null || !record.completedOn().isBefore(policy.publishedOn());
                        if (recentEnough && (until == null || !today.isAfter(until))) {
                            obligations.add(
                                    new Obligation(requirement, person.id(), moduleId, dueOn, State.MET, until, false));
                            continue;
                        }
                        if (recentEnough) {
                            dueOn = later(dueOn, until.plusDays(1));
                        }
                    }
                    State state = today.isAfter(dueOn) ? State.OVERDUE : State.DUE;
                    obligations.add(new Obligation(requirement, person.id(), moduleId, dueOn, state, null, false));
                }
            }
        }
        return obligations;
    }

    /** Whether a person belongs to the audience, given the tools they use. */
    public static boolean inAudience(
            Audience audience,
            Membership person,
            List<ToolUse> uses,
            Map<ToolId, AiTool> tools,
            Map<UseCaseId, Set<ToolId>> useCaseTools) {
        if (!audience.personTypes().isEmpty()
                && !audience.personTypes().contains(person.details().personType())) {
            return false;
        }
        if (!audience.roles().isEmpty()
                && audience.roles().stream().noneMatch(person.details().roles()::contains)) {
            return false;
        }
        if (!audience.teams().isEmpty() && teamsOf(uses, tools).stream().noneMatch(audience.teams()::contains)) {
            return false;
        }
        if (audience.namesTools()) {
            return uses.stream()
                    .map(use -> tools.get(use.toolId()))
                    .anyMatch(tool -> tool != null && toolMatches(audience, tool, useCaseTools));
        }
        return true;
    }

    /** The teams of the tools a person uses: the inventory records teams on tools. */
    public static Set<String> teamsOf(List<ToolUse> uses, Map<ToolId, AiTool> tools) {
        Set<String> teams = new TreeSet<>();
        for (ToolUse use : uses) {
            AiTool tool = tools.get(use.toolId());
            if (tool != null) {
                teams.addAll(tool.details().teams());
            }
        }
        return teams;
    }

    private static boolean toolMatches(Audience audience, AiTool tool, Map<UseCaseId, Set<ToolId>> useCaseTools) {
        if (!audience.toolIds().isEmpty() && !audience.toolIds().contains(tool.id())) {
            return false;
        }
        if (!audience.toolCategories().isEmpty()
                && !audience.toolCategories().contains(tool.details().category())) {
            return false;
        }
        if (!audience.useCaseIds().isEmpty()
                && audience.useCaseIds().stream()
                        .noneMatch(useCase ->
                                useCaseTools.getOrDefault(useCase, Set.of()).contains(tool.id()))) {
            return false;
        }
        return audience.dataCategoryAtLeast() == null
                || tool.details().highestDataCategory().atLeast(audience.dataCategoryAtLeast());
    }

    /** The last day a record satisfies a requirement: its own validity, shortened by the refresh period. */
    private static LocalDate lastDay(TrainingRecord record, Integer refreshMonths) {
        LocalDate until = record.validUntil();
        if (refreshMonths != null) {
            LocalDate refresh = record.completedOn().plusMonths(refreshMonths);
            until = until == null || refresh.isBefore(until) ? refresh : until;
        }
        return until;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate day(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The people of the obligations who meet every one of theirs. */
    public static Set<MemberId> fullyMet(List<Obligation> obligations) {
        Set<MemberId> concerned = new HashSet<>();
        Set<MemberId> lacking = new HashSet<>();
        for (Obligation obligation : obligations) {
            concerned.add(obligation.memberId());
            if (obligation.state() != State.MET) {
                lacking.add(obligation.memberId());
            }
        }
        concerned.removeAll(lacking);
        return concerned;
    }
}
