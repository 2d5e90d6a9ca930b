package org.gouvernail.persistence.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.committee.DecisionBuilder.aDecision;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMemberWithoutAccount;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;
import static org.gouvernail.domain.policy.PolicyVersionBuilder.aPolicyVersion;
import static org.gouvernail.domain.policy.UsageRuleBuilder.aRule;
import static org.gouvernail.domain.policy.VersionContentBuilder.aPolicyText;
import static org.gouvernail.domain.policy.VersionContentBuilder.anEmptyPolicyText;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.Votes;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.Acknowledgement;
import org.gouvernail.domain.policy.Activity;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.PolicyVersionBuilder;
import org.gouvernail.domain.policy.RuleSubject;
import org.gouvernail.domain.policy.RulesInForce;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.Verdict;
import org.gouvernail.domain.policy.VersionContent;
import org.gouvernail.domain.policy.VersionContentBuilder;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.VersionStatus;
import org.gouvernail.domain.policy.port.out.Acknowledgements;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.persistence.support.MariaDbTestResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The usage-policy adapters against a real MariaDB: policies, versions with their ordered rules,
 * optimistic locking, the duplicate version number, the versions in force, acknowledgements, and
 * the organisation around every row.
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class PolicyPersistenceTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final LocalDate TODAY = LocalDate.now();
    private static final UUID DEEPL = UUID.randomUUID();

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    Decisions decisions;

    @Inject
    Policies policies;

    @Inject
    PolicyVersions versions;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager entityManager;

    private record Fixture(OrganisationId organisation, Membership admin, Membership volunteer) {}

    @Test
    void aPolicySurvivesTheRoundTripAndRefusesAStaleUpdate() {
        Fixture fixture = fixture("policy-round");
        Policy charter = policy(
                fixture,
                UUID.randomUUID(),
                "Charte d'utilisation de l'IA",
                "Encadrer l'usage des outils d'IA",
                "petite-asbl");
        Policy blank = policy(fixture, UUID.randomUUID(), "Règles pour les bénévoles", null, null);

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> policies.find(fixture.organisation, charter.id())
                                .orElseThrow()))
                .isEqualTo(charter);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() ->
                                policies.find(fixture.organisation, blank.id()).orElseThrow()))
                .isEqualTo(blank);

        Policy renamed =
                QuarkusTransaction.requiringNew().call(() -> policies.update(charter.withDetails("Charte IA", null)));
        assertThat(renamed.version()).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> policies.find(fixture.organisation, charter.id())
                                .orElseThrow()))
                .isEqualTo(renamed)
                .extracting(Policy::title, Policy::purpose, Policy::template)
                .containsExactly("Charte IA", null, "petite-asbl");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .call(() -> policies.update(charter.withDetails("Autre titre", null))))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void policiesArePagedOldestFirstAndStayInsideTheirOrganisation() {
        Fixture mine = fixture("policy-pages");
        Fixture theirs = fixture("policy-others");
        List<UUID> ids = Stream.generate(UUID::randomUUID)
                .limit(3)
                .sorted(Comparator.comparing(UUID::toString))
                .toList();
        // added newest first, listed oldest first: the order is the ids', not the insertion's
        for (int i = ids.size() - 1; i >= 0; i--) {
            policy(mine, ids.get(i), "Politique " + i, null, null);
        }
        Policy foreign = policy(theirs, UUID.randomUUID(), "Politique d'ailleurs", null, null);

        Page<Policy> first =
                QuarkusTransaction.requiringNew().call(() -> policies.list(mine.organisation, PageRequest.first(2)));
        Page<Policy> second = QuarkusTransaction.requiringNew()
                .call(() -> policies.list(mine.organisation, new PageRequest(2, first.continueAfter())));

        assertThat(first.items()).extracting(policy -> policy.id().value()).containsExactly(ids.get(0), ids.get(1));
        assertThat(second.items()).extracting(policy -> policy.id().value()).containsExactly(ids.get(2));
        assertThat(second.continueAfter()).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> policies.find(mine.organisation, foreign.id())))
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> policies.list(theirs.organisation, PageRequest.first(50)))
                        .items())
                .containsExactly(foreign);
    }

    @Test
    void aVersionKeepsItsRulesInOrderAndEveryFieldIncludingTheMissingOnes() {
        Fixture fixture = fixture("version-round");
        Policy policy = policy(fixture, UUID.randomUUID(), "Charte", null, null);
        PolicyVersion first = PolicyVersion.first(
                versionId(),
                policy.id(),
                fixture.organisation,
                "fr",
                aPolicyText()
                        .withSummary("En bref : prudence.")
                        .reviewedOn(TODAY.plusMonths(12))
                        .withRules(threeKinds())
                        .build(),
                fixture.admin.id(),
                NOW);
        PolicyVersion empty = first.nextDraft(versionId(), 2, fixture.volunteer.id(), NOW.plusSeconds(60))
                .edit("en", anEmptyPolicyText().build());
        QuarkusTransaction.requiringNew().run(() -> {
            versions.add(first);
            versions.add(empty);
        });

        PolicyVersion stored = QuarkusTransaction.requiringNew()
                .call(() -> versions.find(fixture.organisation, first.id()).orElseThrow());
        assertThat(stored).isEqualTo(first);
        assertThat(stored.content().rules().rules())
                .extracting(rule -> rule.subject().kind().name())
                .containsExactly("ACTIVITY", "TOOL", "TOOL_CATEGORY");
        assertThat(stored.content().rules().rules().get(2).dataCeiling())
                .isEqualTo(DataCategory.BENEFICIARY_VULNERABLE);
        PolicyVersion storedEmpty = QuarkusTransaction.requiringNew()
                .call(() -> versions.find(fixture.organisation, policy.id(), 2).orElseThrow());
        assertThat(storedEmpty).isEqualTo(empty);
        assertThat(storedEmpty.basedOn()).isEqualTo(1);
        assertThat(storedEmpty.content().rules().isEmpty()).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> versions.list(fixture.organisation, policy.id())))
                .containsExactly(empty, first);
    }

    @Test
    void editingADraftRewritesItsRulesUnderItsVersion() {
        Fixture fixture = fixture("version-edit");
        Policy policy = policy(fixture, UUID.randomUUID(), "Charte", null, null);
        PolicyVersion draft = PolicyVersion.first(
                versionId(),
                policy.id(),
                fixture.organisation,
                "fr",
                anEmptyPolicyText().withBody("Texte").withRules(threeKinds()).build(),
                fixture.admin.id(),
                NOW);
        QuarkusTransaction.requiringNew().run(() -> versions.add(draft));

        // a long text (100 000 bytes in utf8mb4: more than a TEXT holds), rules reordered and one dropped
        List<UsageRule> rules = threeKinds();
        VersionContent rewritten = aPolicyText()
                .withBody("é".repeat(50_000))
                .withSummary("Résumé")
                .reviewedOn(TODAY.plusMonths(6))
                .withRules(List.of(rules.get(2), rules.get(0)))
                .build();
        PolicyVersion edited =
                QuarkusTransaction.requiringNew().call(() -> versions.update(draft.edit("en", rewritten)));
        assertThat(edited.version()).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() ->
                                versions.find(fixture.organisation, draft.id()).orElseThrow()))
                .isEqualTo(edited);

        // only the rules change: the version still moves
        UsageRule added = aRule().about(RuleSubject.activity(Activity.TRANSLATION))
                .upTo(DataCategory.INTERNAL)
                .allowed()
                .build();
        VersionContent oneMore = VersionContentBuilder.from(rewritten)
                .withRules(List.of(rules.get(2), rules.get(0), added))
                .build();
        PolicyVersion extended =
                QuarkusTransaction.requiringNew().call(() -> versions.update(edited.edit("en", oneMore)));
        assertThat(extended.version()).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() ->
                                versions.find(fixture.organisation, draft.id()).orElseThrow())
                        .content()
                        .rules()
                        .rules())
                .containsExactly(rules.get(2), rules.get(0), added);

        PolicyVersion reviewed =
                QuarkusTransaction.requiringNew().call(() -> versions.update(extended.submitForReview(TODAY)));
        assertThat(reviewed.version()).isEqualTo(3);
        assertThat(reviewed.status()).isEqualTo(VersionStatus.IN_REVIEW);

        assertThatThrownBy(() ->
                        QuarkusTransaction.requiringNew().call(() -> versions.update(edited.edit("fr", rewritten))))
                .isInstanceOf(StaleVersion.class);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() ->
                                versions.find(fixture.organisation, draft.id()).orElseThrow()))
                .isEqualTo(reviewed);
    }

    @Test
    void anUnchangedSaveKeepsTheVersionAndDroppedRulesLeaveTheDatabase() {
        Fixture fixture = fixture("version-rows");
        Policy policy = policy(fixture, UUID.randomUUID(), "Charte", null, null);
        PolicyVersion draft = PolicyVersion.first(
                versionId(),
                policy.id(),
                fixture.organisation,
                "fr",
                anEmptyPolicyText().withBody("Texte").withRules(threeKinds()).build(),
                fixture.admin.id(),
                NOW);
        QuarkusTransaction.requiringNew().run(() -> versions.add(draft));
        assertThat(ruleRows(draft)).isEqualTo(3);

        PolicyVersion stored = QuarkusTransaction.requiringNew()
                .call(() -> versions.find(fixture.organisation, draft.id()).orElseThrow());
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> versions.update(stored))
                        .version())
                .isZero();

        // the first rule dropped: the two others move up one position, the last row goes
        List<UsageRule> rules = threeKinds();
        VersionContent shorter = VersionContentBuilder.from(stored.content())
                .withRules(rules.subList(1, 3))
                .build();
        PolicyVersion edited =
                QuarkusTransaction.requiringNew().call(() -> versions.update(stored.edit("fr", shorter)));
        assertThat(edited.version()).isEqualTo(1);
        assertThat(ruleRows(draft)).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() ->
                                versions.find(fixture.organisation, draft.id()).orElseThrow()))
                .isEqualTo(edited)
                .satisfies(found ->
                        assertThat(found.content().rules().rules()).containsExactly(rules.get(1), rules.get(2)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> versions.namingTool(fixture.organisation, DEEPL)))
                .isEqualTo(1);
    }

    @Test
    void aPolicysVersionsLoadTheirRulesInOneQueryWhateverTheOrganisationHolds() {
        Fixture fixture = fixture("version-batch");
        Policy charter = policy(fixture, UUID.randomUUID(), "Charte", null, null);
        List<PolicyVersion> chain = chain(fixture, charter, 3);

        long[] few = listCounts(fixture, charter);
        assertThat(QuarkusTransaction.requiringNew().call(() -> versions.list(fixture.organisation, charter.id())))
                .containsExactly(chain.get(2), chain.get(1), chain.get(0))
                .allSatisfy(
                        version -> assertThat(version.content().rules().rules()).isEqualTo(threeKinds()));
        // the versions, then the rules of those 3 versions in one query
        assertThat(few).containsExactly(2, 3);

        // many more versions in the organisation, of other policies: the same list costs the same
        for (int i = 0; i < 4; i++) {
            chain(fixture, policy(fixture, UUID.randomUUID(), "Autre " + i, null, null), 10);
        }
        assertThat(listCounts(fixture, charter)).containsExactly(few);
        assertThat(QuarkusTransaction.requiringNew().call(() -> versions.namingTool(fixture.organisation, DEEPL)))
                .isEqualTo(43);
    }

    /** Versions 1 to n of the policy, each a draft copied from the one before, with the three rules. */
    private List<PolicyVersion> chain(Fixture fixture, Policy policy, int n) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<PolicyVersion> chain = new ArrayList<>();
            chain.add(PolicyVersion.first(
                    versionId(),
                    policy.id(),
                    fixture.organisation,
                    "fr",
                    anEmptyPolicyText()
                            .withBody("Texte")
                            .withRules(threeKinds())
                            .build(),
                    fixture.admin.id(),
                    NOW));
            for (int number = 2; number <= n; number++) {
                chain.add(chain.get(chain.size() - 1).nextDraft(versionId(), number, fixture.admin.id(), NOW));
            }
            chain.forEach(versions::add);
            return chain;
        });
    }

    private long[] listCounts(Fixture fixture, Policy policy) {
        Statistics statistics = sessionFactory.getStatistics();
        long[] counts = new long[2];
        QuarkusTransaction.requiringNew().run(() -> {
            statistics.clear();
            versions.list(fixture.organisation, policy.id());
            counts[0] = statistics.getPrepareStatementCount();
            counts[1] = statistics.getCollectionLoadCount();
        });
        return counts;
    }

    private long ruleRows(PolicyVersion version) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from usage_rule where version_id = ?1")
                                .setParameter(1, version.id().value().toString())
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void aSecondVersionWithTheSameNumberIsRefusedAsADraftThatExists() {
        Fixture fixture = fixture("version-twice");
        Policy policy = policy(fixture, UUID.randomUUID(), "Charte", null, null);
        PolicyVersion draft = PolicyVersion.first(
                versionId(),
                policy.id(),
                fixture.organisation,
                "fr",
                anEmptyPolicyText().withBody("Texte").withRules(threeKinds()).build(),
                fixture.admin.id(),
                NOW);
        PolicyVersion concurrent = PolicyVersion.first(
                versionId(),
                policy.id(),
                fixture.organisation,
                "en",
                anEmptyPolicyText().withBody("Text").build(),
                fixture.volunteer.id(),
                NOW);
        QuarkusTransaction.requiringNew().run(() -> versions.add(draft));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> versions.add(concurrent)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("policy-draft-exists"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> versions.list(fixture.organisation, policy.id())))
                .containsExactly(draft);
    }

    @Test
    void publishedAndRulesInForceGiveTheVersionsInForceOfTheOrganisationInTwoQueries() {
        Fixture fixture = fixture("in-force");
        Fixture other = fixture("in-force-other");
        Fixture none = fixture("in-force-none");
        // a policy whose version 1 was replaced by version 2, which is itself being revised in version 3
        Policy charter = policy(fixture, UUID.randomUUID(), "Charte", null, null);
        PolicyVersion v1 = published(
                fixture,
                PolicyVersion.first(
                        versionId(),
                        charter.id(),
                        fixture.organisation,
                        "fr",
                        complete(threeKinds()),
                        fixture.admin.id(),
                        NOW));
        PolicyVersion v2 = QuarkusTransaction.requiringNew().call(() -> {
            PolicyVersion review =
                    v1.nextDraft(versionId(), 2, fixture.admin.id(), NOW).submitForReview(TODAY);
            versions.add(review);
            return review;
        });
        Decision second = decision(fixture, v2.id());
        PolicyVersion inForce = QuarkusTransaction.requiringNew().call(() -> {
            versions.update(
                    versions.find(fixture.organisation, v1.id()).orElseThrow().supersede(NOW));
            return versions.update(v2.publish(second.id().value(), NOW));
        });
        QuarkusTransaction.requiringNew()
                .run(() -> versions.add(inForce.nextDraft(versionId(), 3, fixture.admin.id(), NOW)));
        // a second policy in force, and a third never published
        Policy volunteers = policy(fixture, UUID.randomUUID(), "Bénévoles", null, null);
        PolicyVersion volunteersInForce = published(
                fixture,
                PolicyVersion.first(
                        versionId(),
                        volunteers.id(),
                        fixture.organisation,
                        "fr",
                        complete(List.of(aRule().about(RuleSubject.category(ToolCategory.CHATBOT))
                                .upTo(DataCategory.PERSONAL)
                                .forbidden()
                                .build())),
                        fixture.admin.id(),
                        NOW));
        Policy pending = policy(fixture, UUID.randomUUID(), "En préparation", null, null);
        QuarkusTransaction.requiringNew()
                .run(() -> versions.add(PolicyVersion.first(
                                versionId(),
                                pending.id(),
                                fixture.organisation,
                                "fr",
                                complete(List.of()),
                                fixture.admin.id(),
                                NOW)
                        .submitForReview(TODAY)));
        Policy elsewhere = policy(other, UUID.randomUUID(), "Charte d'ailleurs", null, null);
        PolicyVersion otherInForce = published(
                other,
                PolicyVersion.first(
                        versionId(),
                        elsewhere.id(),
                        other.organisation,
                        "fr",
                        complete(threeKinds()),
                        other.admin.id(),
                        NOW));

        Statistics statistics = sessionFactory.getStatistics();
        long[] statements = new long[1];
        List<PolicyVersion> found = QuarkusTransaction.requiringNew().call(() -> {
            statistics.clear();
            List<PolicyVersion> result = versions.published(fixture.organisation);
            statements[0] = statistics.getPrepareStatementCount();
            return result;
        });

        assertThat(found).containsExactlyInAnyOrder(inForce, volunteersInForce);
        assertThat(found)
                .filteredOn(version -> version.id().equals(inForce.id()))
                .singleElement()
                .satisfies(
                        version -> assertThat(version.content().rules().rules()).isEqualTo(threeKinds()));
        assertThat(statements[0]).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> versions.published(other.organisation)))
                .containsExactly(otherInForce);
        assertThat(QuarkusTransaction.requiringNew().call(() -> versions.published(none.organisation)))
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> versions.find(other.organisation, inForce.id())))
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> versions.list(other.organisation, charter.id())))
                .isEmpty();

        List<RulesInForce> rules = QuarkusTransaction.requiringNew().call(() -> {
            statistics.clear();
            List<RulesInForce> result = versions.rulesInForce(fixture.organisation);
            statements[0] = statistics.getPrepareStatementCount();
            return result;
        });
        assertThat(rules)
                .containsExactlyInAnyOrder(
                        new RulesInForce(
                                inForce.id(),
                                charter.id(),
                                "Charte",
                                2,
                                inForce.content().rules()),
                        new RulesInForce(
                                volunteersInForce.id(),
                                volunteers.id(),
                                "Bénévoles",
                                1,
                                volunteersInForce.content().rules()));
        assertThat(statements[0]).isEqualTo(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> versions.rulesInForce(other.organisation)))
                .extracting(RulesInForce::versionId)
                .containsExactly(otherInForce.id());
        assertThat(QuarkusTransaction.requiringNew().call(() -> versions.rulesInForce(none.organisation)))
                .isEmpty();
    }

    @Test
    void acknowledgementsRoundTripAndStayInsideTheirOrganisation() {
        Fixture fixture = fixture("ack");
        Fixture other = fixture("ack-other");
        Policy charter = policy(fixture, UUID.randomUUID(), "Charte", null, null);
        PolicyVersion inForce = published(
                fixture,
                PolicyVersion.first(
                        versionId(),
                        charter.id(),
                        fixture.organisation,
                        "fr",
                        complete(threeKinds()),
                        fixture.admin.id(),
                        NOW));
        Acknowledgement own =
                new Acknowledgement(fixture.organisation, inForce.id(), fixture.admin.id(), NOW, fixture.admin.id());
        Acknowledgement onPaper = new Acknowledgement(
                fixture.organisation, inForce.id(), fixture.volunteer.id(), NOW.plusSeconds(5), fixture.admin.id());
        QuarkusTransaction.requiringNew().run(() -> {
            acknowledgements.add(onPaper);
            acknowledgements.add(own);
        });

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> acknowledgements.find(fixture.organisation, inForce.id(), fixture.volunteer.id())))
                .contains(onPaper)
                .hasValueSatisfying(acknowledgement ->
                        assertThat(acknowledgement.onBehalf()).isTrue());
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> acknowledgements.list(fixture.organisation, inForce.id())))
                .containsExactly(own, onPaper);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> acknowledgements.find(other.organisation, inForce.id(), fixture.volunteer.id())))
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> acknowledgements.list(other.organisation, inForce.id())))
                .isEmpty();
    }

    @Test
    void noRowCanPointIntoAnotherOrganisation() {
        Fixture fixture = fixture("fk");
        Fixture other = fixture("fk-other");
        Policy charter = policy(fixture, UUID.randomUUID(), "Charte", null, null);
        PolicyVersion inForce = published(
                fixture,
                PolicyVersion.first(
                        versionId(),
                        charter.id(),
                        fixture.organisation,
                        "fr",
                        complete(List.of()),
                        fixture.admin.id(),
                        NOW));

        // a version of another organisation's policy (numbered 2: number 1 is taken, a unique key the database checks
        // first)
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> versions.add(aPolicyVersion()
                                .of(charter.id())
                                .in(other.organisation)
                                .numbered(2)
                                .withContent(complete(List.of()))
                                .basedOn(1)
                                .createdBy(other.admin.id())
                                .createdAt(NOW)
                                .build())))
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
        // a version published by another organisation's decision, or by none
        Policy theirs = policy(other, UUID.randomUUID(), "Charte d'ailleurs", null, null);
        PolicyVersion review = PolicyVersion.first(
                        versionId(), theirs.id(), other.organisation, "fr", complete(List.of()), other.admin.id(), NOW)
                .submitForReview(TODAY);
        Decision foreignDecision = decision(fixture, review.id());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() ->
                                versions.add(review.publish(foreignDecision.id().value(), NOW))))
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
        PolicyVersion undecided = PolicyVersionBuilder.from(review)
                .in(VersionStatus.PUBLISHED)
                .publishedBy(null, NOW)
                .build();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> versions.add(undecided)))
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
        // a member of another organisation acknowledging this one's version
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> acknowledgements.add(new Acknowledgement(
                                other.organisation, inForce.id(), other.admin.id(), NOW, other.admin.id()))))
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
    }

    /** One rule of each subject kind, in an order that is neither the kinds' nor the codes'. */
    private static List<UsageRule> threeKinds() {
        return List.of(
                aRule().about(RuleSubject.activity(Activity.DECISION_ABOUT_PEOPLE))
                        .upTo(DataCategory.PUBLIC)
                        .forbidden()
                        .because("Aucune décision sur une personne n'est laissée à une IA")
                        .build(),
                aRule().about(RuleSubject.tool(DEEPL))
                        .upTo(DataCategory.PERSONAL)
                        .allowedIf("Compte professionnel uniquement")
                        .build(),
                aRule().about(RuleSubject.category(ToolCategory.CHATBOT))
                        .withVerdict(Verdict.NEEDS_APPROVAL)
                        .build());
    }

    private static VersionContent complete(List<UsageRule> rules) {
        return aPolicyText()
                .withBody("# Charte\n\nTexte complet.")
                .withSummary("En bref.")
                .reviewedOn(TODAY.plusMonths(12))
                .withRules(rules)
                .build();
    }

    private static VersionId versionId() {
        return new VersionId(UUID.randomUUID());
    }

    /** Stores the draft as published by a decision of its organisation, as the committee would. */
    private PolicyVersion published(Fixture fixture, PolicyVersion draft) {
        Decision decision = decision(fixture, draft.id());
        PolicyVersion inForce =
                draft.submitForReview(TODAY).publish(decision.id().value(), NOW);
        QuarkusTransaction.requiringNew().run(() -> versions.add(inForce));
        return inForce;
    }

    private Decision decision(Fixture fixture, VersionId version) {
        Decision decision = aDecision()
                .of(fixture.organisation)
                .about(DecisionSubject.POLICY_VERSION, version.value())
                .withOutcome(DecisionOutcome.APPROVED, null)
                .because(null)
                .withVotes(new Votes(3, 0, 0))
                .recordedBy(fixture.admin.id(), NOW)
                .build();
        QuarkusTransaction.requiringNew().run(() -> decisions.add(decision));
        return decision;
    }

    private Policy policy(Fixture fixture, UUID id, String title, String purpose, String template) {
        Policy policy = new Policy(
                new PolicyId(id), fixture.organisation, title, purpose, template, fixture.admin.id(), 0, NOW);
        QuarkusTransaction.requiringNew().run(() -> policies.add(policy));
        return policy;
    }

    private Fixture fixture(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OrganisationId id = new OrganisationId(UUID.randomUUID());
            String unique = slug + "-" + id.value().toString().substring(0, 8);
            organisations.add(Organisation.register(
                    id, OrganisationKind.ASSOCIATION, anOrganisation(unique).build(), NOW));
            Membership admin = Membership.founder(
                    new MemberId(UUID.randomUUID()),
                    id,
                    new Caller("subject-" + unique, unique + "@example.org", true, "Admin", true),
                    NOW);
            memberships.add(admin);
            Membership volunteer = Membership.invite(
                    new MemberId(UUID.randomUUID()),
                    id,
                    aMemberWithoutAccount()
                            .named("Bénévole sans compte")
                            .as(PersonType.VOLUNTEER)
                            .build(),
                    NOW);
            memberships.add(volunteer);
            return new Fixture(id, admin, volunteer);
        });
    }
}
