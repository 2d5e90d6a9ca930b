package org.gouvernail.app.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.Acknowledgement;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyAnswer;
import org.gouvernail.domain.policy.PolicyEvent.PolicyCreated;
import org.gouvernail.domain.policy.PolicyEvent.PolicyUpdated;
import org.gouvernail.domain.policy.PolicyEvent.VersionAcknowledged;
import org.gouvernail.domain.policy.PolicyEvent.VersionDrafted;
import org.gouvernail.domain.policy.PolicyEvent.VersionEdited;
import org.gouvernail.domain.policy.PolicyEvent.VersionMoved;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyQuestion;
import org.gouvernail.domain.policy.PolicyTemplate;
import org.gouvernail.domain.policy.PolicyTemplates;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.RulesInForce;
import org.gouvernail.domain.policy.SubjectKind;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.UsageRules;
import org.gouvernail.domain.policy.VersionChanges;
import org.gouvernail.domain.policy.VersionContent;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.port.in.UsagePolicies;
import org.gouvernail.domain.policy.port.out.Acknowledgements;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Use case service: usage policies, one transaction per call. Reviewers (ADMIN, COMMITTEE,
 * DATA_REFERENT) write the drafts; every member reads them, acknowledges the version in force
 * and asks the policy check; the governors follow who has read it. Publication is the
 * committee's ({@link PolicyPublication}).
 */
@ApplicationScoped
public class PolicyService implements UsagePolicies {

    private final Policies policies;
    private final PolicyVersions versions;
    private final Acknowledgements acknowledgements;
    private final Tools tools;
    private final Memberships memberships;
    private final Organisations organisations;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public PolicyService(
            Policies policies,
            PolicyVersions versions,
            Acknowledgements acknowledgements,
            Tools tools,
            Memberships memberships,
            Organisations organisations,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.policies = policies;
        this.versions = versions;
        this.acknowledgements = acknowledgements;
        this.tools = tools;
        this.memberships = memberships;
        this.organisations = organisations;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Page<Policy> policies(Caller caller, OrganisationId organisationId, PageRequest page) {
        access.member(caller, organisationId);
        return policies.list(organisationId, page);
    }

    @Override
    @Transactional
    public PolicyView create(Caller caller, OrganisationId organisationId, NewPolicy command) {
        Membership author = access.withRole(caller, organisationId, Role.REVIEWERS, "create-policy");
        Optional<PolicyTemplate> template = Optional.ofNullable(command.fromTemplate())
                .map(id -> PolicyTemplates.find(id)
                        .orElseThrow(() -> new InvalidInput(
                                "fromTemplate", "unknown-template", "no policy template " + id, "fromTemplate", id)));
        String asked = PolicyVersion.language(
                command.language() != null
                        ? command.language()
                        : organisations
                                .find(organisationId)
                                .map(organisation -> organisation.profile().locale())
                                .orElse("fr"));
        // A template not written in the asked language yet gives its French text: the version says French.
        String language = template.map(t -> t.writtenIn(asked)).orElse(asked);
        String title = command.title() != null
                ? command.title()
                : template.map(t -> t.title().in(language)).orElse(null);
        String purpose = command.purpose() != null
                ? command.purpose()
                : template.map(t -> t.purpose().in(language)).orElse(null);
        VersionContent content = template.map(t -> t.draft(language, today()))
                .orElseGet(() -> withReviewDate(
                        command.content() == null ? new VersionContent(null, null, null, null) : command.content()));
        requireTools(organisationId, content.rules(), UsageRules.NONE);
        Policy policy = new Policy(
                new PolicyId(ids.next()),
                organisationId,
                title,
                purpose,
                template.map(PolicyTemplate::id).orElse(null),
                author.id(),
                0,
                clock.instant());
        PolicyVersion first = PolicyVersion.first(
                new VersionId(ids.next()),
                policy.id(),
                organisationId,
                language,
                content,
                author.id(),
                clock.instant());
        policies.add(policy);
        versions.add(first);
        auditor.record(
                caller,
                new PolicyCreated(
                        organisationId,
                        policy.id(),
                        template.map(PolicyTemplate::id).orElse(null),
                        title,
                        language,
                        content.rules().rules().size()));
        return new PolicyView(policy, List.of(first));
    }

    @Override
    @Transactional
    public PolicyView policy(Caller caller, OrganisationId organisationId, PolicyId policyId) {
        access.member(caller, organisationId);
        return new PolicyView(existing(organisationId, policyId), versions.list(organisationId, policyId));
    }

    @Override
    @Transactional
    public PolicyView update(
            Caller caller,
            OrganisationId organisationId,
            PolicyId policyId,
            long expectedVersion,
            String title,
            String purpose) {
        access.withRole(caller, organisationId, Role.REVIEWERS, "change-policy");
        Policy before = existing(organisationId, policyId);
        StaleVersion.check("policy", before.version(), expectedVersion);
        Policy updated = policies.update(before.withDetails(title, purpose));
        auditor.record(caller, new PolicyUpdated(before, updated));
        return new PolicyView(updated, versions.list(organisationId, policyId));
    }

    @Override
    @Transactional
    public VersionView newVersion(Caller caller, OrganisationId organisationId, PolicyId policyId) {
        Membership author = access.withRole(caller, organisationId, Role.REVIEWERS, "draft-policy-version");
        Policy policy = existing(organisationId, policyId);
        List<PolicyVersion> all = versions.list(organisationId, policyId);
        all.stream().filter(version -> version.status().open()).findFirst().ifPresent(open -> {
            throw new RuleViolation(
                    "policy-draft-exists",
                    "version " + open.number() + " is still " + open.status(),
                    open.number(),
                    open.status());
        });
        PolicyVersion latest = all.get(0);
        PolicyVersion draft =
                latest.nextDraft(new VersionId(ids.next()), latest.number() + 1, author.id(), clock.instant());
        versions.add(draft);
        auditor.record(caller, new VersionDrafted(draft, latest.number()));
        return view(policy, draft);
    }

    @Override
    @Transactional
    public VersionView version(Caller caller, OrganisationId organisationId, PolicyId policyId, int number) {
        access.member(caller, organisationId);
        return view(existing(organisationId, policyId), existing(organisationId, policyId, number));
    }

    @Override
    @Transactional
    public VersionView edit(
            Caller caller,
            OrganisationId organisationId,
            PolicyId policyId,
            int number,
            long expectedVersion,
            String language,
            VersionContent content) {
        access.withRole(caller, organisationId, Role.REVIEWERS, "change-policy-version");
        Policy policy = existing(organisationId, policyId);
        PolicyVersion before = existing(organisationId, policyId, number);
        StaleVersion.check("policy version", before.version(), expectedVersion);
        PolicyVersion edited = before.edit(language, content);
        requireTools(organisationId, content.rules(), before.content().rules());
        PolicyVersion saved = versions.update(edited);
        auditor.record(caller, new VersionEdited(before, saved));
        return view(policy, saved);
    }

    @Override
    @Transactional
    public VersionView submitForReview(
            Caller caller, OrganisationId organisationId, PolicyId policyId, int number, long expectedVersion) {
        return move(
                caller,
                organisationId,
                policyId,
                number,
                expectedVersion,
                "submit-policy-version",
                version -> version.submitForReview(today()));
    }

    @Override
    @Transactional
    public VersionView returnToDraft(
            Caller caller, OrganisationId organisationId, PolicyId policyId, int number, long expectedVersion) {
        return move(
                caller,
                organisationId,
                policyId,
                number,
                expectedVersion,
                "return-policy-version",
                PolicyVersion::returnToDraft);
    }

    @Override
    @Transactional
    public VersionChanges changes(
            Caller caller, OrganisationId organisationId, PolicyId policyId, int number, int fromNumber) {
        access.member(caller, organisationId);
        existing(organisationId, policyId);
        return VersionChanges.between(
                existing(organisationId, policyId, fromNumber), existing(organisationId, policyId, number));
    }

    @Override
    @Transactional
    public Acknowledged acknowledge(
            Caller caller, OrganisationId organisationId, PolicyId policyId, int number, MemberId onBehalfOf) {
        Membership recorder = access.member(caller, organisationId);
        Membership reader = recorder;
        if (onBehalfOf != null && !onBehalfOf.equals(recorder.id())) {
            access.withRole(caller, organisationId, Role.GOVERNORS, "record-acknowledgement");
            Membership member =
                    memberships.find(organisationId, onBehalfOf).orElseThrow(() -> new NotFound("member", onBehalfOf));
            if (member.status() != MembershipStatus.ACTIVE) {
                throw new RuleViolation(
                        "member-not-active", "member " + onBehalfOf + " is " + member.status(), member.status());
            }
            reader = member;
        }
        existing(organisationId, policyId);
        PolicyVersion version = existing(organisationId, policyId, number);
        version.requireAcknowledgeable();
        Optional<Acknowledgement> already = acknowledgements.find(organisationId, version.id(), reader.id());
        if (already.isPresent()) {
            return new Acknowledged(already.get(), name(reader), false);
        }
        Acknowledgement acknowledgement =
                new Acknowledgement(organisationId, version.id(), reader.id(), clock.instant(), recorder.id());
        acknowledgements.add(acknowledgement);
        auditor.record(caller, new VersionAcknowledged(version, reader.id(), acknowledgement.onBehalf()));
        return new Acknowledged(acknowledgement, name(reader), true);
    }

    @Override
    @Transactional
    public Coverage coverage(Caller caller, OrganisationId organisationId, PolicyId policyId, int number) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "read-acknowledgements");
        existing(organisationId, policyId);
        PolicyVersion version = existing(organisationId, policyId, number);
        if (version.status().open()) {
            throw new RuleViolation(
                    "version-not-published",
                    "version " + number + " is " + version.status() + ", not PUBLISHED",
                    number,
                    version.status());
        }
        List<Membership> active = memberships.active(organisationId);
        Map<MemberId, Acknowledgement> byMember = acknowledgements.list(organisationId, version.id()).stream()
                .collect(Collectors.toMap(
                        Acknowledgement::memberId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Acknowledgement> acknowledged = active.stream()
                .map(member -> byMember.get(member.id()))
                .filter(ack -> ack != null)
                .sorted(Comparator.comparing(Acknowledgement::acknowledgedAt))
                .toList();
        List<Membership> pending = active.stream()
                .filter(member -> !byMember.containsKey(member.id()))
                .toList();
        Map<MemberId, String> names = new HashMap<>();
        active.forEach(member -> names.put(member.id(), name(member)));
        return new Coverage(version, acknowledged, pending, names);
    }

    @Override
    @Transactional
    public List<VersionView> toAcknowledge(Caller caller, OrganisationId organisationId) {
        Membership member = access.member(caller, organisationId);
        return versions.published(organisationId).stream()
                .filter(version -> acknowledgements
                        .find(organisationId, version.id(), member.id())
                        .isEmpty())
                .map(version -> new VersionView(existing(organisationId, version.policyId()), version, Map.of()))
                .toList();
    }

    @Override
    @Transactional
    public Checked check(Caller caller, OrganisationId organisationId, CheckRequest request) {
        access.member(caller, organisationId);
        if (request.toolId() != null && request.category() != null) {
            throw new InvalidInput(
                    "category", "tool-or-category", "ask about a tool or a tool category, not both", "category");
        }
        AiTool tool = request.toolId() == null
                ? null
                : tools.find(organisationId, new ToolId(request.toolId()))
                        .orElseThrow(() -> new NotFound("tool", request.toolId()));
        PolicyQuestion question = PolicyQuestion.about(
                request.toolId(),
                tool != null ? tool.details().category() : request.category(),
                tool != null ? tool.status() : null,
                request.activity(),
                request.data());
        List<RulesInForce> inForce = versions.rulesInForce(organisationId);
        UsageRules rules = inForce.stream().map(RulesInForce::rules).reduce(UsageRules.NONE, UsageRules::with);
        PolicyAnswer answer = rules.answer(question);
        Map<UsageRule.Key, RulesInForce> sources = new HashMap<>();
        for (UsageRule rule : answer.applied()) {
            inForce.stream()
                    .filter(source -> source.rules().find(rule.key()).isPresent())
                    .findFirst()
                    .ifPresent(source -> sources.put(rule.key(), source));
        }
        return new Checked(answer, tool, sources);
    }

    private VersionView move(
            Caller caller,
            OrganisationId organisationId,
            PolicyId policyId,
            int number,
            long expectedVersion,
            String action,
            Function<PolicyVersion, PolicyVersion> transition) {
        access.withRole(caller, organisationId, Role.REVIEWERS, action);
        Policy policy = existing(organisationId, policyId);
        PolicyVersion before = existing(organisationId, policyId, number);
        StaleVersion.check("policy version", before.version(), expectedVersion);
        PolicyVersion moved = versions.update(transition.apply(before));
        auditor.record(caller, new VersionMoved(before, moved, null));
        return view(policy, moved);
    }

    /** The rules' TOOL subjects name tools of this organisation (those already in the version are kept even if since removed). */
    private void requireTools(OrganisationId organisationId, UsageRules rules, UsageRules already) {
        rules.rules().stream()
                .map(UsageRule::subject)
                .filter(subject -> subject.kind() == SubjectKind.TOOL)
                .filter(subject -> already.rules().stream()
                        .noneMatch(rule -> rule.subject().equals(subject)))
                .map(subject -> subject.toolId())
                .distinct()
                .forEach(toolId ->
                        tools.find(organisationId, new ToolId(toolId)).orElseThrow(() -> new NotFound("tool", toolId)));
    }

    private VersionView view(Policy policy, PolicyVersion version) {
        Map<UUID, String> names = new HashMap<>();
        version.content().rules().rules().stream()
                .filter(rule -> rule.subject().kind() == SubjectKind.TOOL)
                .map(rule -> rule.subject().toolId())
                .distinct()
                .forEach(toolId -> tools.find(policy.organisationId(), new ToolId(toolId))
                        .ifPresent(tool -> names.put(toolId, tool.details().name())));
        return new VersionView(policy, version, names);
    }

    private VersionContent withReviewDate(VersionContent content) {
        return content.nextReviewDate() != null
                ? content
                : new VersionContent(
                        content.body(),
                        content.summary(),
                        today().plusMonths(PolicyTemplate.REVIEW_AFTER_MONTHS),
                        content.rules());
    }

    private static String name(Membership member) {
        return member.details().displayName() != null
                ? member.details().displayName()
                : member.details().email();
    }

    private Policy existing(OrganisationId organisationId, PolicyId policyId) {
        return policies.find(organisationId, policyId).orElseThrow(() -> new NotFound("policy", policyId));
    }

    private PolicyVersion existing(OrganisationId organisationId, PolicyId policyId, int number) {
        return versions.find(organisationId, policyId, number)
                .orElseThrow(() -> new NotFound("policy-version", policyId + "/versions/" + number));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
