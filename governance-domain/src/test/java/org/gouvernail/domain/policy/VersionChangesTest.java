package org.gouvernail.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.policy.Policies.TODAY;
import static org.gouvernail.domain.policy.Policies.numbered;
import static org.gouvernail.domain.policy.UsageRuleBuilder.aRule;
import static org.gouvernail.domain.policy.VersionContentBuilder.aPolicyText;
import static org.gouvernail.domain.policy.VersionContentBuilder.anEmptyPolicyText;
import static org.gouvernail.domain.policy.VersionContentBuilder.from;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.shared.DataCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What members are told has changed between two versions of a policy. */
class VersionChangesTest {

    static final RuleSubject DEEPL = RuleSubject.tool(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final RuleSubject TRANSLATION_TOOLS = RuleSubject.category(ToolCategory.TRANSLATION);
    static final RuleSubject DECISIONS = RuleSubject.activity(Activity.DECISION_ABOUT_PEOPLE);
    static final RuleSubject WRITING = RuleSubject.activity(Activity.WRITING);

    static final UsageRule DEEPL_INTERNAL = aRule().about(DEEPL)
            .upTo(DataCategory.INTERNAL)
            .allowed()
            .because("Compte Pro")
            .build();
    static final UsageRule DEEPL_INTERNAL_REASONED = aRule().about(DEEPL)
            .upTo(DataCategory.INTERNAL)
            .allowed()
            .because("Compte Pro, DPA signé")
            .build();
    static final UsageRule DEEPL_INTERNAL_CONDITIONED = aRule().about(DEEPL)
            .upTo(DataCategory.INTERNAL)
            .allowedIf("Relire")
            .because("Compte Pro")
            .build();
    static final UsageRule DEEPL_PERSONAL = aRule().about(DEEPL)
            .upTo(DataCategory.PERSONAL)
            .allowed()
            .because("Compte Pro")
            .build();
    static final UsageRule TRANSLATION_PSEUDONYMISE = aRule().about(TRANSLATION_TOOLS)
            .upTo(DataCategory.PERSONAL)
            .allowedIf("Pseudonymiser")
            .build();
    static final UsageRule TRANSLATION_PSEUDONYMISE_REWORDED = aRule().about(TRANSLATION_TOOLS)
            .upTo(DataCategory.PERSONAL)
            .allowedIf("Pseudonymiser les noms et adresses")
            .build();
    static final UsageRule TRANSLATION_PSEUDONYMISE_SPACED = aRule().about(TRANSLATION_TOOLS)
            .upTo(DataCategory.PERSONAL)
            .allowedIf("  Pseudonymiser\t")
            .build();
    static final UsageRule DECISIONS_FORBIDDEN =
            aRule().about(DECISIONS).forbidden().because("AI Act").build();
    static final UsageRule DECISIONS_EXPLICIT_CEILING = aRule().about(DECISIONS)
            .upTo(DataCategory.BENEFICIARY_VULNERABLE)
            .forbidden()
            .because("AI Act")
            .build();
    static final UsageRule DECISIONS_UNDER_APPROVAL = aRule().about(DECISIONS)
            .withVerdict(Verdict.NEEDS_APPROVAL)
            .because("Au cas par cas")
            .build();
    static final UsageRule WRITING_ALLOWED =
            aRule().about(WRITING).upTo(DataCategory.PERSONAL).allowed().build();

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleChanges")
    void rulesAreComparedBySubjectAndCeiling(
            String scenario,
            List<UsageRule> before,
            List<UsageRule> after,
            List<UsageRule> added,
            List<UsageRule> removed,
            List<VersionChanges.VerdictChange> verdictChanged,
            List<UsageRule> reworded) {
        VersionChanges changes =
                VersionChanges.between(numbered(2, new UsageRules(before)), numbered(3, new UsageRules(after)));

        assertThat(changes.added()).as("added").containsExactlyElementsOf(added);
        assertThat(changes.removed()).as("removed").containsExactlyElementsOf(removed);
        assertThat(changes.verdictChanged()).as("verdict changed").containsExactlyElementsOf(verdictChanged);
        assertThat(changes.reworded()).as("reworded").containsExactlyElementsOf(reworded);
        assertThat(changes.bodyChanged() || changes.summaryChanged() || changes.reviewDateChanged())
                .as("same texts")
                .isFalse();
        assertThat(changes.none())
                .isEqualTo(added.isEmpty() && removed.isEmpty() && verdictChanged.isEmpty() && reworded.isEmpty());
    }

    static Stream<Arguments> ruleChanges() {
        return Stream.of(
                Arguments.of(
                        "the same rules",
                        List.of(DEEPL_INTERNAL, DECISIONS_FORBIDDEN),
                        List.of(DEEPL_INTERNAL, DECISIONS_FORBIDDEN),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "the same rules in another order",
                        List.of(DEEPL_INTERNAL, DECISIONS_FORBIDDEN),
                        List.of(DECISIONS_FORBIDDEN, DEEPL_INTERNAL),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "the default ceiling written out is the same rule",
                        List.of(DECISIONS_FORBIDDEN),
                        List.of(DECISIONS_EXPLICIT_CEILING),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "spaces around the conditions are no rewording",
                        List.of(TRANSLATION_PSEUDONYMISE),
                        List.of(TRANSLATION_PSEUDONYMISE_SPACED),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "a rule added",
                        List.of(DEEPL_INTERNAL),
                        List.of(DEEPL_INTERNAL, WRITING_ALLOWED),
                        List.of(WRITING_ALLOWED),
                        List.of(),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "the first rules ever",
                        List.of(),
                        List.of(WRITING_ALLOWED, DECISIONS_FORBIDDEN),
                        List.of(WRITING_ALLOWED, DECISIONS_FORBIDDEN),
                        List.of(),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "a rule removed",
                        List.of(DEEPL_INTERNAL, WRITING_ALLOWED),
                        List.of(WRITING_ALLOWED),
                        List.of(),
                        List.of(DEEPL_INTERNAL),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "every rule removed",
                        List.of(WRITING_ALLOWED, DECISIONS_FORBIDDEN),
                        List.of(),
                        List.of(),
                        List.of(WRITING_ALLOWED, DECISIONS_FORBIDDEN),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "a ceiling moved: one removed, one added",
                        List.of(DEEPL_INTERNAL),
                        List.of(DEEPL_PERSONAL),
                        List.of(DEEPL_PERSONAL),
                        List.of(DEEPL_INTERNAL),
                        List.of(),
                        List.of()),
                Arguments.of(
                        "a verdict changed",
                        List.of(DECISIONS_FORBIDDEN),
                        List.of(DECISIONS_UNDER_APPROVAL),
                        List.of(),
                        List.of(),
                        List.of(new VersionChanges.VerdictChange(DECISIONS_FORBIDDEN, DECISIONS_UNDER_APPROVAL)),
                        List.of()),
                Arguments.of(
                        "a verdict changed together with its conditions counts once, as a verdict change",
                        List.of(DEEPL_INTERNAL),
                        List.of(DEEPL_INTERNAL_CONDITIONED),
                        List.of(),
                        List.of(),
                        List.of(new VersionChanges.VerdictChange(DEEPL_INTERNAL, DEEPL_INTERNAL_CONDITIONED)),
                        List.of()),
                Arguments.of(
                        "conditions reworded",
                        List.of(TRANSLATION_PSEUDONYMISE),
                        List.of(TRANSLATION_PSEUDONYMISE_REWORDED),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(TRANSLATION_PSEUDONYMISE_REWORDED)),
                Arguments.of(
                        "rationale reworded",
                        List.of(DEEPL_INTERNAL),
                        List.of(DEEPL_INTERNAL_REASONED),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(DEEPL_INTERNAL_REASONED)),
                Arguments.of(
                        "everything at once, each list in the order of its version",
                        List.of(DEEPL_INTERNAL, TRANSLATION_PSEUDONYMISE, DECISIONS_FORBIDDEN, WRITING_ALLOWED),
                        List.of(
                                DECISIONS_UNDER_APPROVAL,
                                DEEPL_PERSONAL,
                                TRANSLATION_PSEUDONYMISE_REWORDED,
                                aRule().about(RuleSubject.activity(Activity.CODING))
                                        .withVerdict(Verdict.NEEDS_APPROVAL)
                                        .build()),
                        List.of(
                                DEEPL_PERSONAL,
                                aRule().about(RuleSubject.activity(Activity.CODING))
                                        .withVerdict(Verdict.NEEDS_APPROVAL)
                                        .build()),
                        List.of(DEEPL_INTERNAL, WRITING_ALLOWED),
                        List.of(new VersionChanges.VerdictChange(DECISIONS_FORBIDDEN, DECISIONS_UNDER_APPROVAL)),
                        List.of(TRANSLATION_PSEUDONYMISE_REWORDED)));
    }

    @Test
    void theTextsAreComparedOneByOne() {
        VersionContent base = aPolicyText()
                .withBody("Texte")
                .withSummary("Résumé")
                .reviewedOn(TODAY.plusMonths(12))
                .build();
        PolicyVersion earlier = Policies.in(VersionStatus.PUBLISHED, base);

        VersionChanges body = VersionChanges.between(
                earlier, draftWith(from(base).withBody("Texte modifié").build()));
        VersionChanges summary = VersionChanges.between(
                earlier, draftWith(from(base).withSummary("Autre résumé").build()));
        VersionChanges date = VersionChanges.between(
                earlier, draftWith(from(base).reviewedOn(TODAY.plusMonths(18)).build()));
        VersionChanges dropped =
                VersionChanges.between(earlier, draftWith(anEmptyPolicyText().build()));
        VersionChanges spaces = VersionChanges.between(
                earlier,
                draftWith(from(base).withBody(" Texte\n").withSummary("Résumé ").build()));

        assertThat(List.of(body.bodyChanged(), body.summaryChanged(), body.reviewDateChanged()))
                .containsExactly(true, false, false);
        assertThat(List.of(summary.bodyChanged(), summary.summaryChanged(), summary.reviewDateChanged()))
                .containsExactly(false, true, false);
        assertThat(List.of(date.bodyChanged(), date.summaryChanged(), date.reviewDateChanged()))
                .containsExactly(false, false, true);
        assertThat(List.of(dropped.bodyChanged(), dropped.summaryChanged(), dropped.reviewDateChanged()))
                .containsExactly(true, true, true);
        assertThat(List.of(body.none(), summary.none(), date.none(), dropped.none()))
                .containsOnly(false);
        assertThat(spaces.none()).as("surrounding spaces are not a change").isTrue();
    }

    @Test
    void theChangesNameTheNumbersOfBothVersions() {
        VersionChanges changes = VersionChanges.between(numbered(2, UsageRules.NONE), numbered(5, UsageRules.NONE));

        assertThat(changes.from()).isEqualTo(2);
        assertThat(changes.to()).isEqualTo(5);
        assertThat(changes.none()).isTrue();
    }

    @Test
    void aNextDraftHasNoChangesUntilItIsEdited() {
        PolicyVersion published = Policies.in(VersionStatus.PUBLISHED);
        PolicyVersion next = published.nextDraft(new VersionId(UUID.randomUUID()), 4, Policies.EDITOR, Policies.NOW);

        assertThat(VersionChanges.between(published, next).none()).isTrue();
        assertThat(VersionChanges.between(
                                published,
                                next.edit(
                                        "fr",
                                        from(published.content())
                                                .withRules(UsageRules.NONE)
                                                .build()))
                        .removed())
                .hasSize(Policies.RULES.size());
    }

    private static PolicyVersion draftWith(VersionContent content) {
        return Policies.draft(content);
    }
}
