package org.gouvernail.app.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.port.out.Acknowledgements;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.training.LiteracyCoverage;
import org.gouvernail.domain.training.LiteracyRequirement;
import org.gouvernail.domain.training.LiteracyRequirementId;
import org.gouvernail.domain.training.LiteracyStanding;
import org.gouvernail.domain.training.LiteracyStanding.Facts;
import org.gouvernail.domain.training.LiteracyStanding.Obligation;
import org.gouvernail.domain.training.LiteracyStanding.PolicyInForce;
import org.gouvernail.domain.training.RequirementEvent.RequirementCreated;
import org.gouvernail.domain.training.RequirementEvent.RequirementRetired;
import org.gouvernail.domain.training.RequirementEvent.RequirementRevised;
import org.gouvernail.domain.training.RequirementStatus;
import org.gouvernail.domain.training.RequirementTerms;
import org.gouvernail.domain.training.RequirementTrigger;
import org.gouvernail.domain.training.ToolUse;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.port.in.LiteracyPlanning;
import org.gouvernail.domain.training.port.out.LiteracyRequirements;
import org.gouvernail.domain.training.port.out.ToolUses;
import org.gouvernail.domain.training.port.out.TrainingModules;
import org.gouvernail.domain.training.port.out.TrainingRecords;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.port.out.UseCases;

/**
 * Use case service: literacy requirements and what they ask of people, one transaction per call. The
 * standing is computed ({@link LiteracyStanding}) from a fixed set of reads, whatever the number of
 * members, records or tools, and for a person whatever the number of their organisations.
 */
@ApplicationScoped
public class LiteracyPlanningService implements LiteracyPlanning {

    /** Who reads the coverage: the coordinators and the read-only board members or auditors. */
    static final Set<Role> COVERAGE_READERS = EnumSet.of(Role.ADMIN, Role.COMMITTEE, Role.DATA_REFERENT, Role.VIEWER);

    /** Requirements, members, records, uses and tools read at most per organisation, like the dossier. */
    static final int MAX = TrainingProgrammeService.DOSSIER_MAX;

    private final LiteracyRequirements requirements;
    private final TrainingModules modules;
    private final TrainingRecords records;
    private final ToolUses toolUses;
    private final Tools tools;
    private final UseCases useCases;
    private final PolicyVersions policyVersions;
    private final Acknowledgements acknowledgements;
    private final Memberships memberships;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public LiteracyPlanningService(
            LiteracyRequirements requirements,
            TrainingModules modules,
            TrainingRecords records,
            ToolUses toolUses,
            Tools tools,
            UseCases useCases,
            PolicyVersions policyVersions,
            Acknowledgements acknowledgements,
            Memberships memberships,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.requirements = requirements;
        this.modules = modules;
        this.records = records;
        this.toolUses = toolUses;
        this.tools = tools;
        this.useCases = useCases;
        this.policyVersions = policyVersions;
        this.acknowledgements = acknowledgements;
        this.memberships = memberships;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public LiteracyRequirement createRequirement(Caller caller, OrganisationId organisationId, RequirementTerms terms) {
        Membership author =
                access.withRole(caller, organisationId, TrainingProgrammeService.COORDINATORS, "manage-training");
        checkReferences(organisationId, terms);
        LiteracyRequirement requirement = LiteracyRequirement.create(
                new LiteracyRequirementId(ids.next()), organisationId, terms, author.id(), clock.instant());
        requirements.add(requirement);
        requirements.addState(requirement, requirement.createdAt());
        auditor.record(caller, new RequirementCreated(requirement));
        return requirement;
    }

    @Override
    @Transactional
    public Page<LiteracyRequirement> requirements(
            Caller caller, OrganisationId organisationId, Optional<RequirementStatus> status, PageRequest page) {
        access.member(caller, organisationId);
        return requirements.list(organisationId, status, page);
    }

    @Override
    @Transactional
    public LiteracyRequirement requirement(Caller caller, OrganisationId organisationId, LiteracyRequirementId id) {
        access.member(caller, organisationId);
        return existing(organisationId, id);
    }

    @Override
    @Transactional
    public LiteracyRequirement reviseRequirement(
            Caller caller,
            OrganisationId organisationId,
            LiteracyRequirementId id,
            long expectedVersion,
            RequirementTerms terms) {
        LiteracyRequirement current = coordinated(caller, organisationId, id, expectedVersion);
        checkReferences(organisationId, terms);
        LiteracyRequirement revised = requirements.update(current.revise(terms, clock.instant()));
        requirements.addState(revised, revised.revisedAt());
        auditor.record(caller, new RequirementRevised(revised, current.terms()));
        return revised;
    }

    @Override
    @Transactional
    public LiteracyRequirement retireRequirement(
            Caller caller, OrganisationId organisationId, LiteracyRequirementId id, long expectedVersion) {
        LiteracyRequirement current = coordinated(caller, organisationId, id, expectedVersion);
        LiteracyRequirement retired = requirements.update(current.retire());
        requirements.addState(retired, clock.instant());
        auditor.record(caller, new RequirementRetired(retired));
        return retired;
    }

    @Override
    @Transactional
    public LiteracyCoverage coverage(Caller caller, OrganisationId organisationId) {
        access.withRole(caller, organisationId, COVERAGE_READERS, "read-training-coverage");
        LocalDate today = LocalDate.now(clock);
        List<LiteracyRequirement> active = requirements.active(List.of(organisationId), MAX);
        Facts facts = facts(organisationId, active);
        return LiteracyCoverage.of(today, facts, LiteracyStanding.on(today, facts));
    }

    @Override
    @Transactional
    public List<Learning> myLearning(Caller caller) {
        List<Membership> mine = memberships.ofPerson(caller.subject(), caller.verifiedEmail()).stream()
                .filter(member -> member.status() == MembershipStatus.ACTIVE
                        && caller.subject().equals(member.subject()))
                .toList();
        return learning(mine, MAX);
    }

    /**
     * The obligations of these memberships: one query for the requirements of all their organisations,
     * then a fixed number of IN-list queries over all the organisations that have requirements, whatever
     * their number and size: the members' tool uses, only the tools these uses point at, the members'
     * records, the required modules, the use cases named by an audience, the policy versions in force
     * and the members' acknowledgements.
     */
    List<Learning> learning(List<Membership> mine, int max) {
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<OrganisationId, List<LiteracyRequirement>> byOrganisation =
                requirements
                        .active(mine.stream().map(Membership::organisationId).collect(Collectors.toSet()), MAX)
                        .stream()
                        .collect(Collectors.groupingBy(LiteracyRequirement::organisationId));
        List<Membership> concerned = mine.stream()
                .filter(member -> byOrganisation.containsKey(member.organisationId()))
                .toList();
        if (concerned.isEmpty()) {
            return List.of();
        }
        Set<MemberId> memberIds = concerned.stream().map(Membership::id).collect(Collectors.toSet());
        Map<OrganisationId, Facts> facts = facts(
                byOrganisation,
                concerned.stream().collect(Collectors.groupingBy(Membership::organisationId)),
                toolUses.ofMembers(memberIds, MAX),
                records.ofMembers(memberIds, MAX),
                Optional.of(memberIds));
        LocalDate today = LocalDate.now(clock);
        List<Learning> learning = new ArrayList<>();
        for (Membership member : concerned) {
            Facts own = only(facts.get(member.organisationId()), member);
            List<Obligation> obligations = LiteracyStanding.on(today, own);
            Map<TrainingModuleId, TrainingModule> named =
                    own.modules().stream().collect(Collectors.toMap(TrainingModule::id, Function.identity()));
            learning.add(new Learning(member.organisationId(), member.id(), obligations, named));
        }
        return learning;
    }

    /** Everyone's obligations in one organisation (for its coordinators' to-do list), memberId null. */
    Optional<Learning> obligationsIn(OrganisationId organisationId) {
        List<LiteracyRequirement> active = requirements.active(List.of(organisationId), MAX);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Facts facts = facts(organisationId, active);
        Map<TrainingModuleId, TrainingModule> named =
                facts.modules().stream().collect(Collectors.toMap(TrainingModule::id, Function.identity()));
        return Optional.of(new Learning(organisationId, null, LiteracyStanding.on(LocalDate.now(clock), facts), named));
    }

    /** What the standing reads for everyone of one organisation: its active members, their uses and records. */
    private Facts facts(OrganisationId organisationId, List<LiteracyRequirement> active) {
        return facts(
                        Map.of(organisationId, active),
                        Map.of(organisationId, memberships.active(organisationId)),
                        toolUses.all(organisationId, MAX),
                        records.writtenBy(organisationId, clock.instant().plusSeconds(1), MAX),
                        Optional.empty())
                .get(organisationId);
    }

    /** The facts of one organisation narrowed to one of its members (the others' uses and records left out). */
    private static Facts only(Facts facts, Membership member) {
        return new Facts(
                facts.requirements(),
                List.of(member),
                facts.uses().stream()
                        .filter(use -> use.memberId().equals(member.id()))
                        .toList(),
                facts.tools(),
                facts.useCaseTools(),
                facts.records().stream()
                        .filter(record -> record.memberId().equals(member.id()))
                        .toList(),
                facts.modules(),
                facts.policies());
    }

    /**
     * What the standing reads in these organisations, for their members or only some of them
     * ({@code only}), by organisation, in a fixed number of IN-list queries whatever the number of
     * organisations: only the tools the uses point at, the required modules, and only when a
     * requirement asks for them, the use cases its audience names and the policy versions in force
     * with their acknowledgements.
     */
    private Map<OrganisationId, Facts> facts(
            Map<OrganisationId, List<LiteracyRequirement>> active,
            Map<OrganisationId, List<Membership>> people,
            List<ToolUse> uses,
            List<TrainingRecord> written,
            Optional<Set<MemberId>> only) {
        Set<OrganisationId> organisations = active.keySet();
        Map<OrganisationId, List<ToolUse>> usesIn = uses.stream()
                .filter(use -> organisations.contains(use.organisationId()))
                .collect(Collectors.groupingBy(ToolUse::organisationId));
        Set<ToolId> used = uses.stream().map(ToolUse::toolId).collect(Collectors.toSet());
        Map<OrganisationId, List<AiTool>> toolsIn =
                tools.findAll(organisations, used).stream().collect(Collectors.groupingBy(AiTool::organisationId));
        Map<OrganisationId, List<TrainingRecord>> recordsIn = written.stream()
                .filter(record -> organisations.contains(record.organisationId()))
                .collect(Collectors.groupingBy(TrainingRecord::organisationId));
        Set<TrainingModuleId> required = new LinkedHashSet<>();
        Set<UseCaseId> named = new LinkedHashSet<>();
        active.values()
                .forEach(list -> list.forEach(requirement -> {
                    required.addAll(requirement.terms().moduleIds());
                    named.addAll(requirement.terms().audience().useCaseIds());
                }));
        Map<OrganisationId, List<TrainingModule>> modulesIn = modules.findAll(organisations, required).stream()
                .collect(Collectors.groupingBy(TrainingModule::organisationId));
        Map<OrganisationId, Map<UseCaseId, Set<ToolId>>> useCaseToolsIn = new HashMap<>();
        if (!named.isEmpty()) {
            for (UseCase useCase : useCases.inPortfolio(organisations, named)) {
                useCaseToolsIn
                        .computeIfAbsent(useCase.organisationId(), id -> new HashMap<>())
                        .put(useCase.id(), useCase.details().toolIds());
            }
        }
        Map<OrganisationId, Set<PolicyId>> taughtIn = new HashMap<>();
        active.forEach((organisationId, list) -> {
            if (list.stream().anyMatch(r -> r.terms().trigger() == RequirementTrigger.POLICY_VERSION)) {
                Set<PolicyId> taught = modulesIn.getOrDefault(organisationId, List.of()).stream()
                        .map(module -> module.content().policyId())
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet());
                if (!taught.isEmpty()) {
                    taughtIn.put(organisationId, taught);
                }
            }
        });
        Map<OrganisationId, Map<PolicyId, PolicyInForce>> policiesIn = new HashMap<>();
        if (!taughtIn.isEmpty()) {
            List<PolicyVersion> inForce = policyVersions.published(taughtIn.keySet()).stream()
                    .filter(version -> taughtIn.getOrDefault(version.organisationId(), Set.of())
                                    .contains(version.policyId())
                            && version.publishedAt() != null)
                    .toList();
            Map<VersionId, Set<MemberId>> acknowledged = new HashMap<>();
            if (!inForce.isEmpty()) {
                acknowledgements
                        .ofVersions(inForce.stream().map(PolicyVersion::id).toList(), only.map(members ->
                                (Collection<MemberId>) members))
                        .forEach(a -> acknowledged
                                .computeIfAbsent(a.versionId(), id -> new HashSet<>())
                                .add(a.memberId()));
            }
            for (PolicyVersion version : inForce) {
                policiesIn
                        .computeIfAbsent(version.organisationId(), id -> new HashMap<>())
                        .put(
                                version.policyId(),
                                new PolicyInForce(
                                        version.policyId(),
                                        version.id(),
                                        version.number(),
                                        LocalDate.ofInstant(version.publishedAt(), ZoneOffset.UTC),
                                        acknowledged.getOrDefault(version.id(), Set.of())));
            }
        }
        Map<OrganisationId, Facts> facts = new HashMap<>();
        active.forEach((organisationId, list) -> facts.put(
                organisationId,
                new Facts(
                        list,
                        people.getOrDefault(organisationId, List.of()),
                        usesIn.getOrDefault(organisationId, List.of()),
                        toolsIn.getOrDefault(organisationId, List.of()),
                        useCaseToolsIn.getOrDefault(organisationId, Map.of()),
                        recordsIn.getOrDefault(organisationId, List.of()),
                        modulesIn.getOrDefault(organisationId, List.of()),
                        policiesIn.getOrDefault(organisationId, Map.of()))));
        return facts;
    }

    /** The modules exist and were published; the owner is an active member; the tools and use cases exist. */
    private void checkReferences(OrganisationId organisationId, RequirementTerms terms) {
        Map<TrainingModuleId, TrainingModule> found = modules.findAll(organisationId, terms.moduleIds()).stream()
                .collect(Collectors.toMap(TrainingModule::id, Function.identity()));
        for (TrainingModuleId id : terms.moduleIds()) {
            TrainingModule module = found.get(id);
            if (module == null) {
                throw new NotFound("training-module", id);
            }
            module.requireActive();
        }
        Membership owner = memberships
                .find(organisationId, terms.ownerId())
                .orElseThrow(() -> new NotFound("member", terms.ownerId()));
        if (owner.status() == MembershipStatus.REVOKED) {
            throw new RuleViolation("member-revoked", "member " + owner.id() + " was removed from the organisation");
        }
        for (ToolId tool : terms.audience().toolIds()) {
            tools.find(organisationId, tool).orElseThrow(() -> new NotFound("tool", tool));
        }
        for (UseCaseId useCase : terms.audience().useCaseIds()) {
            useCases.find(organisationId, useCase).orElseThrow(() -> new NotFound("use-case", useCase));
        }
    }

    private LiteracyRequirement coordinated(
            Caller caller, OrganisationId organisationId, LiteracyRequirementId id, long expectedVersion) {
        access.withRole(caller, organisationId, TrainingProgrammeService.COORDINATORS, "manage-training");
        LiteracyRequirement requirement = existing(organisationId, id);
        StaleVersion.check("literacy requirement", requirement.version(), expectedVersion);
        return requirement;
    }

    private LiteracyRequirement existing(OrganisationId organisationId, LiteracyRequirementId id) {
        return requirements.find(organisationId, id).orElseThrow(() -> new NotFound("literacy-requirement", id));
    }

    static Collection<Obligation> unmetMandatory(Collection<Obligation> obligations) {
        return obligations.stream()
                .filter(o -> o.state() != LiteracyStanding.State.MET
                        && o.requirement().terms().level() == org.gouvernail.domain.training.RequirementLevel.MANDATORY)
                .toList();
    }
}
