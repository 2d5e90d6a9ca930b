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
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
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
 * standing is computed ({@link LiteracyStanding}) from a fixed set of reads per organisation, whatever
 * the number of members, records or tools.
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
        auditor.record(caller, new RequirementRevised(revised, current.terms()));
        return revised;
    }

    @Override
    @Transactional
    public LiteracyRequirement retireRequirement(
            Caller caller, OrganisationId organisationId, LiteracyRequirementId id, long expectedVersion) {
        LiteracyRequirement current = coordinated(caller, organisationId, id, expectedVersion);
        LiteracyRequirement retired = requirements.update(current.retire());
        auditor.record(caller, new RequirementRetired(retired));
        return retired;
    }

    @Override
    @Transactional
    public LiteracyCoverage coverage(Caller caller, OrganisationId organisationId) {
        access.withRole(caller, organisationId, COVERAGE_READERS, "read-training-coverage");
        LocalDate today = LocalDate.now(clock);
        List<LiteracyRequirement> active = requirements.active(List.of(organisationId), MAX);
        Facts facts = facts(organisationId, active, Optional.empty());
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
     * then a fixed number per organisation that has requirements (none for the others).
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
        LocalDate today = LocalDate.now(clock);
        List<Learning> learning = new ArrayList<>();
        for (Membership member : mine) {
            List<LiteracyRequirement> active = byOrganisation.getOrDefault(member.organisationId(), List.of());
            if (active.isEmpty()) {
                continue;
            }
            Facts facts = facts(member.organisationId(), active, Optional.of(member));
            List<Obligation> obligations = LiteracyStanding.on(today, facts);
            Map<TrainingModuleId, TrainingModule> named =
                    facts.modules().stream().collect(Collectors.toMap(TrainingModule::id, Function.identity()));
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
        Facts facts = facts(organisationId, active, Optional.empty());
        Map<TrainingModuleId, TrainingModule> named =
                facts.modules().stream().collect(Collectors.toMap(TrainingModule::id, Function.identity()));
        return Optional.of(new Learning(organisationId, null, LiteracyStanding.on(LocalDate.now(clock), facts), named));
    }

    /**
     * What the standing reads in one organisation, for everyone or for one person: the members, the
     * tool uses, the tools, the records, the required modules, and only when a requirement asks for
     * them, the use cases and the policy versions in force with their acknowledgements.
     */
    private Facts facts(OrganisationId organisationId, List<LiteracyRequirement> active, Optional<Membership> one) {
        List<Membership> people = one.map(List::of).orElseGet(() -> memberships.active(organisationId));
        List<ToolUse> uses = one.isPresent()
                ? all(page ->
                        toolUses.list(organisationId, Optional.of(one.get().id()), Optional.empty(), page))
                : toolUses.all(organisationId, MAX);
        List<AiTool> inventory = all(page -> tools.list(organisationId, ToolFilter.none(), page));
        List<TrainingRecord> written = one.isPresent()
                ? all(page -> records.list(organisationId, Optional.of(one.get().id()), Optional.empty(), page))
                : records.writtenBy(organisationId, clock.instant().plusSeconds(1), MAX);
        Set<TrainingModuleId> required = new LinkedHashSet<>();
        active.forEach(requirement -> required.addAll(requirement.terms().moduleIds()));
        List<TrainingModule> named = modules.findAll(organisationId, required);
        Map<UseCaseId, Set<ToolId>> useCaseTools = new HashMap<>();
        if (active.stream().anyMatch(r -> !r.terms().audience().useCaseIds().isEmpty())) {
            for (UseCase useCase : useCases.portfolio(organisationId, MAX)) {
                useCaseTools.put(useCase.id(), useCase.details().toolIds());
            }
        }
        Set<PolicyId> taught = new HashSet<>();
        if (active.stream().anyMatch(r -> r.terms().trigger() == RequirementTrigger.POLICY_VERSION)) {
            named.stream()
                    .map(module -> module.content().policyId())
                    .filter(java.util.Objects::nonNull)
                    .forEach(taught::add);
        }
        Map<PolicyId, PolicyInForce> policies = new HashMap<>();
        if (!taught.isEmpty()) {
            for (PolicyVersion version : policyVersions.published(organisationId)) {
                if (!taught.contains(version.policyId()) || version.publishedAt() == null) {
                    continue;
                }
                Set<MemberId> acknowledged = one.isPresent()
                        ? acknowledgements
                                .find(organisationId, version.id(), one.get().id())
                                .stream()
                                .map(a -> a.memberId())
                                .collect(Collectors.toSet())
                        : acknowledgements.list(organisationId, version.id()).stream()
                                .map(a -> a.memberId())
                                .collect(Collectors.toSet());
                policies.put(
                        version.policyId(),
                        new PolicyInForce(
                                version.policyId(),
                                version.id(),
                                version.number(),
                                LocalDate.ofInstant(version.publishedAt(), ZoneOffset.UTC),
                                acknowledged));
            }
        }
        return new Facts(active, people, uses, inventory, useCaseTools, written, named, policies);
    }

    /** Every page of a listing, up to {@link #MAX} items. */
    private static <T> List<T> all(Function<PageRequest, Page<T>> lister) {
        List<T> items = new ArrayList<>();
        Page<T> page = lister.apply(PageRequest.first(PageRequest.MAX_LIMIT));
        items.addAll(page.items());
        while (page.continueAfter().isPresent() && items.size() < MAX) {
            page = lister.apply(new PageRequest(PageRequest.MAX_LIMIT, page.continueAfter()));
            items.addAll(page.items());
        }
        return items;
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
