package org.gouvernail.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.policy.UsageRuleBuilder.aRule;
import static org.gouvernail.domain.policy.VersionContentBuilder.aPolicyText;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.gouvernail.app.committee.CommitteeGovernanceService;
import org.gouvernail.app.committee.InMemoryApprovalRequests;
import org.gouvernail.app.committee.InMemoryCommittees;
import org.gouvernail.app.committee.InMemoryDecisions;
import org.gouvernail.app.committee.InMemoryMeetings;
import org.gouvernail.app.support.InMemory;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.MeetingFrequency;
import org.gouvernail.domain.committee.QuorumRule;
import org.gouvernail.domain.committee.Votes;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.DecisionDraft;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.policy.Acknowledgement;
import org.gouvernail.domain.policy.Activity;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.RuleSubject;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.Verdict;
import org.gouvernail.domain.policy.VersionStatus;
import org.gouvernail.domain.policy.port.in.UsagePolicies.Acknowledged;
import org.gouvernail.domain.policy.port.in.UsagePolicies.Coverage;
import org.gouvernail.domain.policy.port.in.UsagePolicies.NewPolicy;
import org.gouvernail.domain.policy.port.in.UsagePolicies.PolicyView;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The policy service and the publication by committee decision, on in-memory ports: rights, effects, audit, coverage. */
class PolicyServiceTest {

    private final InMemory.Platform platform = new InMemory.Platform();
    private final InMemoryPolicies policies = new InMemoryPolicies();
    private final InMemoryPolicyVersions versions = new InMemoryPolicyVersions();
    private final InMemoryAcknowledgements acknowledgements = new InMemoryAcknowledgements();
    private final PolicyService service = new PolicyService(
            policies,
            versions,
            acknowledgements,
            platform.tools,
            platform.memberships,
            platform.organisations,
            platform.access,
            platform.auditor,
            platform.ids,
            platform.clock);
    private final CommitteeGovernanceService committee = new CommitteeGovernanceService(
            new InMemoryCommittees(),
            new InMemoryMeetings(),
            new InMemoryDecisions(),
            new InMemoryApprovalRequests(),
            List.of(new PolicyPublication(versions, policies, platform.auditor)),
            platform.memberships,
            platform.access,
            platform.auditor,
            platform.ids,
            platform.clock);
    private OrganisationId organisation;
    private Caller chloe;
    private Caller bob;

    @BeforeEach
    void anAssociationWithAWrittenProcedureCommittee() {
        organisation = platform.registered("entraide").id();
        chloe = platform.signedIn(organisation, "chloe", Role.COMMITTEE);
        Caller dan = platform.signedIn(organisation, "dan", Role.COMMITTEE);
        bob = platform.signedIn(organisation, "bob", Role.CONTRIBUTOR);
        Charter charter = new Charter("Mission", MeetingFrequency.QUARTERLY, true, QuorumRule.MAJORITY, 3, 5);
        committee.configure(
                InMemory.FOUNDER,
                organisation,
                0,
                charter,
                List.of(
                        new CommitteeMember(
                                platform.membership(organisation, InMemory.FOUNDER)
                                        .id(),
                                CommitteeRole.CHAIR,
                                true,
                                null,
                                null),
                        new CommitteeMember(
                                platform.membership(organisation, chloe).id(),
                                CommitteeRole.SECRETARY,
                                true,
                                null,
                                null),
                        new CommitteeMember(
                                platform.membership(organisation, dan).id(), CommitteeRole.MEMBER, true, null, null)));
    }

    private PolicyVersion submitted(String title, UsageRule... rules) {
        PolicyView view = service.create(
                chloe,
                organisation,
                new NewPolicy(
                        title,
                        null,
                        null,
                        null,
                        aPolicyText()
                                .withBody("# " + title)
                                .withSummary("En bref")
                                .reviewedOn(null)
                                .withRules(List.of(rules))
                                .build()));
        return service.submitForReview(chloe, organisation, view.policy().id(), 1, 0)
                .version();
    }

    private Decision decide(PolicyVersion version, DecisionOutcome outcome) {
        return committee.decide(
                chloe,
                organisation,
                null,
                new DecisionDraft(
                        DecisionSubject.POLICY_VERSION,
                        version.id().value(),
                        null,
                        outcome,
                        null,
                        null,
                        null,
                        outcome == DecisionOutcome.REJECTED ? new Votes(0, 3, 0) : new Votes(3, 0, 0),
                        null,
                        null));
    }

    private static UsageRule translation(Verdict verdict) {
        return aRule().about(RuleSubject.activity(Activity.TRANSLATION))
                .withVerdict(verdict)
                .withConditions(verdict == Verdict.ALLOWED_WITH_CONDITIONS ? "Relire" : null)
                .because("Pourquoi")
                .build();
    }

    @Test
    void aBlankPolicyTakesTheOrganisationsLanguageAndAReviewDateAYearAhead() {
        PolicyVersion first = service.create(chloe, organisation, new NewPolicy("Charte", null, null, null, null))
                .versions()
                .get(0);

        assertThat(first.language()).isEqualTo("fr");
        assertThat(first.content().nextReviewDate())
                .isEqualTo(LocalDate.ofInstant(InMemory.NOW, ZoneOffset.UTC).plusMonths(12));
        assertThat(first.status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void onlyReviewersWriteAndAContributorIsRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> service.create(bob, organisation, new NewPolicy("Charte", null, null, null, null)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> service.create(
                        InMemory.STRANGER, organisation, new NewPolicy("Charte", null, null, null, null)))
                .isInstanceOf(NotFound.class);
        assertThat(policies.list(organisation, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void anApprovalPublishesTheVersionAndSupersedesTheOneInForceWithAudit() {
        PolicyVersion first = submitted("Charte", translation(Verdict.ALLOWED));
        decide(first, DecisionOutcome.APPROVED);
        PolicyVersion second =
                service.newVersion(chloe, organisation, first.policyId()).version();
        service.submitForReview(chloe, organisation, first.policyId(), second.number(), second.version());
        int before = platform.audit.size();

        Decision decision = decide(versions.find(organisation, second.id()).orElseThrow(), DecisionOutcome.APPROVED);

        assertThat(versions.find(organisation, first.id()).orElseThrow().status())
                .isEqualTo(VersionStatus.SUPERSEDED);
        PolicyVersion published = versions.find(organisation, second.id()).orElseThrow();
        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo(decision.id().value());
        assertThat(versions.published(organisation))
                .extracting(PolicyVersion::id)
                .containsExactly(second.id());
        assertThat(platform.audit.since(before))
                .extracting(AuditEvent::action)
                .containsExactly("policy-version.superseded", "policy-version.published", "decision.recorded");
    }

    @Test
    void aRejectionReturnsTheVersionToDraftAndADeferralLeavesItInReview() {
        PolicyVersion rejected = submitted("Charte A", translation(Verdict.ALLOWED));
        decide(rejected, DecisionOutcome.REJECTED);
        PolicyVersion deferred = submitted("Charte B", translation(Verdict.ALLOWED));
        decide(deferred, DecisionOutcome.DEFERRED);

        assertThat(versions.find(organisation, rejected.id()).orElseThrow().status())
                .isEqualTo(VersionStatus.DRAFT);
        assertThat(versions.find(organisation, deferred.id()).orElseThrow().status())
                .isEqualTo(VersionStatus.IN_REVIEW);
    }

    @Test
    void aDraftCannotBePublishedWithoutGoingThroughReview() {
        PolicyVersion draft = service.create(chloe, organisation, new NewPolicy("Charte", null, null, null, null))
                .versions()
                .get(0);

        assertThatThrownBy(() -> decide(draft, DecisionOutcome.APPROVED))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("version-not-in-review");
        assertThat(versions.find(organisation, draft.id()).orElseThrow().status())
                .isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void aPolicyThatContradictsAnotherInForceIsRefusedNamingIt() {
        decide(submitted("Charte générale", translation(Verdict.ALLOWED)), DecisionOutcome.APPROVED);
        PolicyVersion contradicting = submitted("Charte traduction", translation(Verdict.FORBIDDEN));

        assertThatThrownBy(() -> decide(contradicting, DecisionOutcome.APPROVED))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("contradicts-published-policy"))
                .satisfies(e -> assertThat(((RuleViolation) e).arguments()).contains("Charte générale"));
    }

    @Test
    void theCoverageCountsActiveMembersOnlyAndReadingsRecordedOnBehalf() {
        PolicyVersion version = submitted("Charte", translation(Verdict.ALLOWED));
        decide(version, DecisionOutcome.APPROVED);
        Membership bobs = platform.membership(organisation, bob);
        service.acknowledge(bob, organisation, version.policyId(), 1, null);
        Acknowledged onBehalf = service.acknowledge(
                chloe,
                organisation,
                version.policyId(),
                1,
                platform.membership(organisation, InMemory.FOUNDER).id());
        platform.organisationService.removeMember(InMemory.FOUNDER, organisation, bobs.id(), bobs.version());

        Coverage coverage = service.coverage(chloe, organisation, version.policyId(), 1);

        assertThat(onBehalf.acknowledgement().onBehalf()).isTrue();
        assertThat(coverage.activeMembers()).isEqualTo(3);
        assertThat(coverage.acknowledged())
                .extracting(Acknowledgement::memberId)
                .containsExactly(
                        platform.membership(organisation, InMemory.FOUNDER).id());
        assertThat(coverage.rate()).isEqualTo(1.0 / 3);
        assertThatThrownBy(() -> service.acknowledge(chloe, organisation, version.policyId(), 1, bobs.id()))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("member-not-active");
        assertThatThrownBy(() -> service.acknowledge(bob, organisation, version.policyId(), 1, null))
                .isInstanceOf(NotFound.class);
    }
}
