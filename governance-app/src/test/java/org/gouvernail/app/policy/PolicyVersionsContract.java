package org.gouvernail.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.policy.UsageRuleBuilder.aRule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionBuilder;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.Activity;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.PolicyVersionBuilder;
import org.gouvernail.domain.policy.RuleSubject;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.VersionContentBuilder;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.VersionStatus;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link PolicyVersions} out-port does: a version is found
 * by id or by number inside its organisation only, with its rules in order; one number per policy; an
 * update checks the version read and moves it when the status, the texts or the rules change, and only
 * then; the lists are in their documented orders.
 */
public abstract class PolicyVersionsContract extends PortContract {

    protected abstract PolicyVersions versions();

    /** The policies the versions belong to (a version's policy is a row of its own). */
    protected abstract Policies policies();

    /** The decisions that publish versions (a version in force names one). */
    protected abstract Decisions decisions();

    private UUID aDecision() {
        Decision decision = DecisionBuilder.aDecision()
                .of(organisation())
                .recordedBy(member(), NOW)
                .build();
        decisions().add(decision);
        return decision.id().value();
    }

    private PolicyId aPolicyOf(OrganisationId owner, MemberId by) {
        Policy policy = new Policy(new PolicyId(UUID.randomUUID()), owner, "Charte IA", null, null, by, 0, NOW);
        policies().add(policy);
        return policy.id();
    }

    private PolicyVersionBuilder aVersionOf(PolicyId policy, OrganisationId owner, MemberId by, UUID id) {
        return PolicyVersionBuilder.aPolicyVersion()
                .withId(new VersionId(id))
                .of(policy)
                .in(owner)
                .createdBy(by)
                .createdAt(NOW);
    }

    private PolicyVersion added(PolicyVersionBuilder version) {
        PolicyVersion built = version.build();
        versions().add(built);
        return built;
    }

    private static List<UsageRule> rules(UUID tool) {
        return List.of(
                aRule().about(RuleSubject.tool(tool))
                        .forbidden()
                        .because("Données hors UE")
                        .build(),
                aRule().about(RuleSubject.category(ToolCategory.TRANSCRIPTION))
                        .upTo(DataCategory.INTERNAL)
                        .allowedIf("Sans enregistrement")
                        .build(),
                aRule().about(RuleSubject.activity(Activity.TRANSLATION))
                        .allowed()
                        .build());
    }

    @Test
    void aVersionIsFoundByIdOrNumberInItsOrganisationOnlyWithItsRulesInOrder() {
        PolicyId policy = aPolicyOf(organisation(), member());
        PolicyVersion version = added(aVersionOf(policy, organisation(), member(), anyId())
                .numbered(2)
                .basedOn(1)
                .inLanguage("nl")
                .withContent(VersionContentBuilder.aPolicyText()
                        .withSummary("Kort")
                        .reviewedOn(LocalDate.parse("2026-01-31"))
                        .withRules(rules(UUID.randomUUID()))
                        .build()));
        OrganisationId other = anOrganisation();

        assertThat(versions().find(organisation(), version.id())).contains(version);
        assertThat(versions().find(organisation(), policy, 2)).contains(version);
        assertThat(versions().find(organisation(), policy, 1)).isEmpty();
        assertThat(versions().find(other, version.id())).isEmpty();
        assertThat(versions().find(other, policy, 2)).isEmpty();
        assertThat(versions().list(other, policy)).isEmpty();
        PolicyVersion claimed = PolicyVersionBuilder.from(version).in(other).build();
        assertThatThrownBy(() -> versions().update(claimed)).isInstanceOf(NotFound.class);
    }

    @Test
    void anUpdateChecksTheVersionReadAndMovesItWhenTheStatusTheTextsOrTheRulesChange() {
        List<UsageRule> rules = rules(UUID.randomUUID());
        PolicyVersion version = added(aVersionOf(aPolicyOf(organisation(), member()), organisation(), member(), anyId())
                .withContent(
                        VersionContentBuilder.aPolicyText().withRules(rules).build()));

        PolicyVersion submitted = versions()
                .update(PolicyVersionBuilder.from(version)
                        .in(VersionStatus.IN_REVIEW)
                        .build());
        assertThat(submitted.version()).isEqualTo(1);
        assertThatThrownBy(() -> versions()
                        .update(PolicyVersionBuilder.from(version)
                                .in(VersionStatus.PUBLISHED)
                                .publishedBy(aDecision(), NOW.plusSeconds(60))
                                .build()))
                .isInstanceOf(StaleVersion.class);
        List<UsageRule> reordered = List.of(rules.get(2), rules.get(0));
        PolicyVersion rulesOnly = versions()
                .update(PolicyVersionBuilder.from(submitted)
                        .withContent(VersionContentBuilder.from(submitted.content())
                                .withRules(reordered)
                                .build())
                        .build());
        assertThat(rulesOnly.version()).as("rules alone").isEqualTo(2);
        PolicyVersion rewritten = versions()
                .update(PolicyVersionBuilder.from(rulesOnly)
                        .withContent(VersionContentBuilder.from(rulesOnly.content())
                                .withBody("Nouveau texte")
                                .build())
                        .build());
        assertThat(rewritten.version()).as("text alone").isEqualTo(3);

        assertThat(versions().find(organisation(), version.id())).contains(rewritten);
        assertThat(rewritten.content().rules().rules()).containsExactlyElementsOf(reordered);
        assertThat(rewritten.status()).isEqualTo(VersionStatus.IN_REVIEW);
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersion() {
        PolicyVersion version = added(aVersionOf(aPolicyOf(organisation(), member()), organisation(), member(), anyId())
                .withContent(VersionContentBuilder.aPolicyText()
                        .withRules(rules(UUID.randomUUID()))
                        .build()));

        assertThat(versions().update(version)).isEqualTo(version);
        assertThat(versions().find(organisation(), version.id()).orElseThrow().version())
                .isZero();
    }

    @Test
    void theListsAreInTheirOrdersAndCountTheVersionsNamingATool() {
        UUID tool = UUID.randomUUID();
        PolicyId charter = aPolicyOf(organisation(), member());
        PolicyId other = aPolicyOf(organisation(), member());
        PolicyVersion one = added(aVersionOf(charter, organisation(), member(), idStartingWith('c'))
                .in(VersionStatus.SUPERSEDED)
                .publishedBy(aDecision(), NOW)
                .supersededAt(NOW.plusSeconds(60))
                .withContent(VersionContentBuilder.aPolicyText()
                        .withRules(rules(tool))
                        .build()));
        PolicyVersion two = added(aVersionOf(charter, organisation(), member(), idStartingWith('9'))
                .numbered(2)
                .in(VersionStatus.PUBLISHED)
                .publishedBy(aDecision(), NOW.plusSeconds(60))
                .withContent(VersionContentBuilder.aPolicyText()
                        .withRules(rules(tool))
                        .build()));
        PolicyVersion three = added(aVersionOf(charter, organisation(), member(), idStartingWith('1'))
                .numbered(3)
                .in(VersionStatus.IN_REVIEW));
        PolicyVersion review = added(aVersionOf(other, organisation(), member(), idStartingWith('0'))
                .in(VersionStatus.IN_REVIEW)
                .withContent(VersionContentBuilder.aPolicyText()
                        .withRules(rules(UUID.randomUUID()))
                        .build()));

        assertThat(versions().list(organisation(), charter)).as("newest first").containsExactly(three, two, one);
        assertThat(versions().inReview(organisation())).as("by id").containsExactly(review, three);
        assertThat(versions().published(organisation())).containsExactly(two);
        assertThat(versions().namingTool(organisation(), tool)).isEqualTo(2);
        assertThat(versions().namingTool(anOrganisation(), tool)).isZero();
    }

    @Test
    void aPolicyHasOneVersionOfEachNumber() {
        PolicyId policy = aPolicyOf(organisation(), member());
        added(aVersionOf(policy, organisation(), member(), anyId()));
        PolicyVersion again =
                aVersionOf(policy, organisation(), member(), anyId()).build();

        assertThatThrownBy(() -> versions().add(again))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("policy-draft-exists"));
    }
}
