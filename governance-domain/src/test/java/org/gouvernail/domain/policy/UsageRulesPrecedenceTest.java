package org.gouvernail.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.policy.Policies.DEEPL;
import static org.gouvernail.domain.policy.Policies.LABEL_IMAGES;
import static org.gouvernail.domain.policy.Policies.NEW_TOOL;
import static org.gouvernail.domain.policy.Policies.PROOFREAD;
import static org.gouvernail.domain.policy.Policies.PRO_ACCOUNT;
import static org.gouvernail.domain.policy.Policies.PSEUDONYMISE;
import static org.gouvernail.domain.policy.Policies.TOOLS;
import static org.gouvernail.domain.policy.Policies.associationRules;
import static org.gouvernail.domain.policy.Policies.associationRulesReversed;
import static org.gouvernail.domain.policy.Policies.ruleNamed;
import static org.gouvernail.domain.policy.UsageRuleBuilder.aRule;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.shared.DataCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy check over one association's rules ({@link Policies#RULES}): which rule decides, on
 * which basis, which rules were applied and which conditions the member must follow.
 */
class UsageRulesPrecedenceTest {

    private static final Map<String, String> CONDITIONS = Map.of(
            "PSEUDONYMISE",
            PSEUDONYMISE,
            "PROOFREAD",
            PROOFREAD,
            "PRO_ACCOUNT",
            PRO_ACCOUNT,
            "LABEL_IMAGES",
            LABEL_IMAGES);

    /**
     * One row per question. Rules are named as in {@link Policies#RULES}; {@code applied} lists the
     * tool side's rule then the activity side's; conditions are short names, in order.
     */
    @ParameterizedTest(name = "[{index}] {0}/{1}/{2}/{3}/{4} → {5} by {6} {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # tool       | category         | status                   | activity              | data                   | verdict                 | basis       | decidedBy                  | applied                                           | conditions
            # The tool's own rule beats its category's, even when it is more lenient
            DEEPL        | TRANSLATION      | APPROVED                 | -                     | PUBLIC                 | ALLOWED                 | RULE        | deepl≤INTERNAL             | deepl≤INTERNAL                                    | -
            DEEPL        | TRANSLATION      | APPROVED                 | -                     | INTERNAL               | ALLOWED                 | RULE        | deepl≤INTERNAL             | deepl≤INTERNAL                                    | -
            DEEPL        | TRANSLATION      | APPROVED                 | -                     | PERSONAL               | ALLOWED_WITH_CONDITIONS | RULE        | deepl≤PERSONAL             | deepl≤PERSONAL                                    | PSEUDONYMISE
            MISTRAL      | TEXT_GENERATION  | APPROVED                 | -                     | PERSONAL               | ALLOWED_WITH_CONDITIONS | RULE        | mistral≤PERSONAL           | mistral≤PERSONAL                                  | PROOFREAD
            MISTRAL      | TEXT_GENERATION  | APPROVED                 | -                     | SENSITIVE              | NEEDS_APPROVAL          | RULE        | mistral                    | mistral                                           | -
            CHATGPT_FREE | TEXT_GENERATION  | APPROVED                 | -                     | PUBLIC                 | FORBIDDEN               | RULE        | chatgpt-free               | chatgpt-free                                      | -
            # A tool whose rules do not cover the data falls back to its category
            DEEPL        | TRANSLATION      | APPROVED                 | -                     | SENSITIVE              | FORBIDDEN               | RULE        | translation-tools          | translation-tools                                 | -
            DEEPL        | TRANSLATION      | APPROVED                 | -                     | BENEFICIARY_VULNERABLE | FORBIDDEN               | RULE        | translation-tools          | translation-tools                                 | -
            DEEPL        | -                | APPROVED                 | -                     | SENSITIVE              | NEEDS_APPROVAL          | NO_RULE     | -                          | -                                                 | -
            DEEPL        | IMAGE_GENERATION | APPROVED                 | -                     | SENSITIVE              | NEEDS_APPROVAL          | NO_RULE     | -                          | -                                                 | -
            NEW_TOOL     | TRANSLATION      | APPROVED                 | -                     | PUBLIC                 | ALLOWED                 | RULE        | translation-tools≤PUBLIC   | translation-tools≤PUBLIC                          | -
            NEW_TOOL     | TRANSLATION      | APPROVED                 | -                     | INTERNAL               | ALLOWED_WITH_CONDITIONS | RULE        | translation-tools≤PERSONAL | translation-tools≤PERSONAL                        | PRO_ACCOUNT
            NEW_TOOL     | TEXT_GENERATION  | APPROVED                 | -                     | INTERNAL               | ALLOWED_WITH_CONDITIONS | RULE        | text-tools≤INTERNAL        | text-tools≤INTERNAL                               | PROOFREAD
            NEW_TOOL     | TEXT_GENERATION  | APPROVED                 | -                     | PERSONAL               | NEEDS_APPROVAL          | RULE        | text-tools≤PERSONAL        | text-tools≤PERSONAL                               | -
            NEW_TOOL     | TEXT_GENERATION  | APPROVED                 | -                     | SENSITIVE              | NEEDS_APPROVAL          | NO_RULE     | -                          | -                                                 | -
            NEW_TOOL     | -                | APPROVED                 | -                     | PUBLIC                 | NEEDS_APPROVAL          | NO_RULE     | -                          | -                                                 | -
            # Within one subject the lowest ceiling that still covers the data applies
            MISTRAL      | TEXT_GENERATION  | APPROVED                 | -                     | PUBLIC                 | ALLOWED                 | RULE        | mistral≤PUBLIC             | mistral≤PUBLIC                                    | -
            MISTRAL      | TEXT_GENERATION  | APPROVED                 | -                     | INTERNAL               | ALLOWED_WITH_CONDITIONS | RULE        | mistral≤PERSONAL           | mistral≤PERSONAL                                  | PROOFREAD
            MISTRAL      | TEXT_GENERATION  | APPROVED                 | -                     | BENEFICIARY_VULNERABLE | NEEDS_APPROVAL          | RULE        | mistral                    | mistral                                           | -
            # Category-only questions
            -            | TRANSLATION      | -                        | -                     | PUBLIC                 | ALLOWED                 | RULE        | translation-tools≤PUBLIC   | translation-tools≤PUBLIC                          | -
            -            | TRANSLATION      | -                        | -                     | PERSONAL               | ALLOWED_WITH_CONDITIONS | RULE        | translation-tools≤PERSONAL | translation-tools≤PERSONAL                        | PRO_ACCOUNT
            -            | TRANSLATION      | -                        | -                     | SENSITIVE              | FORBIDDEN               | RULE        | translation-tools          | translation-tools                                 | -
            -            | TEXT_GENERATION  | -                        | -                     | PUBLIC                 | ALLOWED_WITH_CONDITIONS | RULE        | text-tools≤INTERNAL        | text-tools≤INTERNAL                               | PROOFREAD
            -            | IMAGE_GENERATION | -                        | -                     | PUBLIC                 | ALLOWED_WITH_CONDITIONS | RULE        | image-tools≤PUBLIC         | image-tools≤PUBLIC                                | LABEL_IMAGES
            -            | IMAGE_GENERATION | -                        | -                     | INTERNAL               | NEEDS_APPROVAL          | NO_RULE     | -                          | -                                                 | -
            -            | CODING           | -                        | -                     | PUBLIC                 | NEEDS_APPROVAL          | NO_RULE     | -                          | -                                                 | -
            # Activity-only questions
            -            | -                | -                        | TRANSLATION           | PUBLIC                 | ALLOWED                 | RULE        | translating≤INTERNAL       | translating≤INTERNAL                              | -
            -            | -                | -                        | TRANSLATION           | PERSONAL               | ALLOWED_WITH_CONDITIONS | RULE        | translating≤SENSITIVE      | translating≤SENSITIVE                             | PSEUDONYMISE
            -            | -                | -                        | TRANSLATION           | SENSITIVE              | ALLOWED_WITH_CONDITIONS | RULE        | translating≤SENSITIVE      | translating≤SENSITIVE                             | PSEUDONYMISE
            -            | -                | -                        | TRANSLATION           | BENEFICIARY_VULNERABLE | NEEDS_APPROVAL          | RULE        | translating                | translating                                       | -
            -            | -                | -                        | DECISION_ABOUT_PEOPLE | PUBLIC                 | FORBIDDEN               | RULE        | decisions                  | decisions                                         | -
            -            | -                | -                        | PUBLIC_CHATBOT        | PUBLIC                 | NEEDS_APPROVAL          | RULE        | chatbot≤PUBLIC             | chatbot≤PUBLIC                                    | -
            -            | -                | -                        | PUBLIC_CHATBOT        | INTERNAL               | FORBIDDEN               | RULE        | chatbot                    | chatbot                                           | -
            -            | -                | -                        | WRITING               | SENSITIVE              | NEEDS_APPROVAL          | NO_RULE     | -                          | -                                                 | -
            -            | -                | -                        | CODING                | INTERNAL               | NEEDS_APPROVAL          | NO_RULE     | -                          | -                                                 | -
            # The stricter side wins: the activity's
            MISTRAL      | TEXT_GENERATION  | APPROVED                 | DECISION_ABOUT_PEOPLE | PUBLIC                 | FORBIDDEN               | RULE        | decisions                  | mistral≤PUBLIC;decisions                          | -
            DEEPL        | TRANSLATION      | APPROVED                 | DECISION_ABOUT_PEOPLE | INTERNAL               | FORBIDDEN               | RULE        | decisions                  | deepl≤INTERNAL;decisions                          | -
            NEW_TOOL     | TRANSLATION      | APPROVED                 | PUBLIC_CHATBOT        | PUBLIC                 | NEEDS_APPROVAL          | RULE        | chatbot≤PUBLIC             | translation-tools≤PUBLIC;chatbot≤PUBLIC           | -
            DEEPL        | TRANSLATION      | APPROVED                 | SUMMARISING           | PERSONAL               | NEEDS_APPROVAL          | RULE        | summarising                | deepl≤PERSONAL;summarising                        | PSEUDONYMISE
            # The stricter side wins: the tool's
            CHATGPT_FREE | TEXT_GENERATION  | APPROVED                 | WRITING               | PUBLIC                 | FORBIDDEN               | RULE        | chatgpt-free               | chatgpt-free;writing≤PERSONAL                     | -
            NEW_TOOL     | TEXT_GENERATION  | APPROVED                 | WRITING               | PERSONAL               | NEEDS_APPROVAL          | RULE        | text-tools≤PERSONAL        | text-tools≤PERSONAL;writing≤PERSONAL              | -
            MISTRAL      | TEXT_GENERATION  | APPROVED                 | WRITING               | SENSITIVE              | NEEDS_APPROVAL          | RULE        | mistral                    | mistral                                           | -
            # A tie goes to the tool side; conditions of both sides, each once, tool side first
            DEEPL        | TRANSLATION      | APPROVED                 | TRANSLATION           | INTERNAL               | ALLOWED                 | RULE        | deepl≤INTERNAL             | deepl≤INTERNAL;translating≤INTERNAL               | -
            DEEPL        | TRANSLATION      | APPROVED                 | TRANSLATION           | PERSONAL               | ALLOWED_WITH_CONDITIONS | RULE        | deepl≤PERSONAL             | deepl≤PERSONAL;translating≤SENSITIVE              | PSEUDONYMISE
            MISTRAL      | TEXT_GENERATION  | APPROVED                 | SUMMARISING           | INTERNAL               | ALLOWED_WITH_CONDITIONS | RULE        | mistral≤PERSONAL           | mistral≤PERSONAL;summarising≤INTERNAL             | PROOFREAD
            MISTRAL      | TEXT_GENERATION  | APPROVED                 | SUMMARISING           | BENEFICIARY_VULNERABLE | NEEDS_APPROVAL          | RULE        | mistral                    | mistral;summarising                               | -
            -            | TRANSLATION      | -                        | TRANSLATION           | PERSONAL               | ALLOWED_WITH_CONDITIONS | RULE        | translation-tools≤PERSONAL | translation-tools≤PERSONAL;translating≤SENSITIVE  | PRO_ACCOUNT;PSEUDONYMISE
            -            | TEXT_GENERATION  | -                        | SUMMARISING           | PUBLIC                 | ALLOWED_WITH_CONDITIONS | RULE        | text-tools≤INTERNAL        | text-tools≤INTERNAL;summarising≤INTERNAL          | PROOFREAD
            NEW_TOOL     | TRANSLATION      | APPROVED                 | TRANSLATION           | INTERNAL               | ALLOWED_WITH_CONDITIONS | RULE        | translation-tools≤PERSONAL | translation-tools≤PERSONAL;translating≤INTERNAL   | PRO_ACCOUNT
            # Only the activity side speaks
            NEW_TOOL     | -                | APPROVED                 | WRITING               | PERSONAL               | ALLOWED                 | RULE        | writing≤PERSONAL           | writing≤PERSONAL                                  | -
            NEW_TOOL     | CODING           | APPROVED                 | TRANSLATION           | SENSITIVE              | ALLOWED_WITH_CONDITIONS | RULE        | translating≤SENSITIVE      | translating≤SENSITIVE                             | PSEUDONYMISE
            # The tool's status sets a floor, and the basis says so when the floor is stricter than the rules
            DEEPL        | TRANSLATION      | FORBIDDEN                | -                     | PUBLIC                 | FORBIDDEN               | TOOL_STATUS | -                          | deepl≤INTERNAL                                    | -
            DEEPL        | TRANSLATION      | RESTRICTED               | -                     | PUBLIC                 | NEEDS_APPROVAL          | TOOL_STATUS | -                          | deepl≤INTERNAL                                    | -
            DEEPL        | TRANSLATION      | RETIRED                  | -                     | INTERNAL               | NEEDS_APPROVAL          | TOOL_STATUS | -                          | deepl≤INTERNAL                                    | -
            DEEPL        | TRANSLATION      | RESTRICTED               | -                     | PERSONAL               | NEEDS_APPROVAL          | TOOL_STATUS | -                          | deepl≤PERSONAL                                    | PSEUDONYMISE
            DEEPL        | TRANSLATION      | APPROVED_WITH_CONDITIONS | -                     | PERSONAL               | ALLOWED_WITH_CONDITIONS | RULE        | deepl≤PERSONAL             | deepl≤PERSONAL                                    | PSEUDONYMISE
            DEEPL        | TRANSLATION      | DECLARED                 | -                     | PUBLIC                 | ALLOWED                 | RULE        | deepl≤INTERNAL             | deepl≤INTERNAL                                    | -
            DEEPL        | TRANSLATION      | UNDER_REVIEW             | -                     | INTERNAL               | ALLOWED                 | RULE        | deepl≤INTERNAL             | deepl≤INTERNAL                                    | -
            DEEPL        | TRANSLATION      | RESTRICTED               | TRANSLATION           | PUBLIC                 | NEEDS_APPROVAL          | TOOL_STATUS | -                          | deepl≤INTERNAL;translating≤INTERNAL               | -
            DEEPL        | TRANSLATION      | RESTRICTED               | DECISION_ABOUT_PEOPLE | PUBLIC                 | FORBIDDEN               | RULE        | decisions                  | deepl≤INTERNAL;decisions                          | -
            MISTRAL      | TEXT_GENERATION  | RESTRICTED               | -                     | SENSITIVE              | NEEDS_APPROVAL          | RULE        | mistral                    | mistral                                           | -
            MISTRAL      | TEXT_GENERATION  | FORBIDDEN                | -                     | SENSITIVE              | FORBIDDEN               | TOOL_STATUS | -                          | mistral                                           | -
            CHATGPT_FREE | TEXT_GENERATION  | FORBIDDEN                | -                     | INTERNAL               | FORBIDDEN               | RULE        | chatgpt-free               | chatgpt-free                                      | -
            CHATGPT_FREE | TEXT_GENERATION  | APPROVED_WITH_CONDITIONS | -                     | PUBLIC                 | FORBIDDEN               | RULE        | chatgpt-free               | chatgpt-free                                      | -
            NEW_TOOL     | TEXT_GENERATION  | APPROVED_WITH_CONDITIONS | -                     | PUBLIC                 | ALLOWED_WITH_CONDITIONS | RULE        | text-tools≤INTERNAL        | text-tools≤INTERNAL                               | PROOFREAD
            NEW_TOOL     | CODING           | FORBIDDEN                | WRITING               | PUBLIC                 | FORBIDDEN               | TOOL_STATUS | -                          | writing≤PERSONAL                                  | -
            # No rule at all: the committee decides, unless the tool is forbidden anyway
            NEW_TOOL     | CODING           | FORBIDDEN                | -                     | PUBLIC                 | FORBIDDEN               | TOOL_STATUS | -                          | -                                                 | -
            NEW_TOOL     | CODING           | RESTRICTED               | -                     | PUBLIC                 | NEEDS_APPROVAL          | NO_RULE     | -                          | -                                                 | -
            NEW_TOOL     | CODING           | RETIRED                  | CODING                | PUBLIC                 | NEEDS_APPROVAL          | NO_RULE     | -                          | -                                                 | -
            NEW_TOOL     | CODING           | APPROVED_WITH_CONDITIONS | CODING                | PUBLIC                 | NEEDS_APPROVAL          | NO_RULE     | -                          | -                                                 | -
            NEW_TOOL     | CODING           | APPROVED                 | CODING                | PUBLIC                 | NEEDS_APPROVAL          | NO_RULE     | -                          | -                                                 | -
            """)
    void theAssociationsRulesAnswerEachQuestion(
            String tool,
            ToolCategory category,
            ToolStatus status,
            Activity activity,
            DataCategory data,
            Verdict verdict,
            PolicyAnswer.Basis basis,
            String decidedBy,
            String applied,
            String conditions) {
        PolicyQuestion question =
                PolicyQuestion.about(tool == null ? null : TOOLS.get(tool), category, status, activity, data);

        PolicyAnswer answer = associationRules().answer(question);

        assertThat(answer.verdict()).as("verdict").isEqualTo(verdict);
        assertThat(answer.basis()).as("basis").isEqualTo(basis);
        assertThat(answer.decidedBy()).as("decided by").isEqualTo(decidedBy == null ? null : ruleNamed(decidedBy));
        assertThat(answer.applied()).as("applied").map(Policies::nameOf).containsExactlyElementsOf(split(applied));
        assertThat(answer.conditions())
                .as("conditions")
                .containsExactlyElementsOf(
                        split(conditions).stream().map(CONDITIONS::get).toList());
        assertThat(associationRulesReversed().answer(question))
                .as("the same rules listed the other way round")
                .isEqualTo(answer);
    }

    @ParameterizedTest(name = "{0} → at least {1}")
    @CsvSource(nullValues = "-", textBlock = """
            -,                        ALLOWED
            DECLARED,                 ALLOWED
            UNDER_REVIEW,             ALLOWED
            APPROVED,                 ALLOWED
            APPROVED_WITH_CONDITIONS, ALLOWED_WITH_CONDITIONS
            RESTRICTED,               NEEDS_APPROVAL
            RETIRED,                  NEEDS_APPROVAL
            FORBIDDEN,                FORBIDDEN
            """)
    void theToolsStatusSetsAFloor(ToolStatus status, Verdict floor) {
        assertThat(UsageRules.floor(status)).isEqualTo(floor);
    }

    @Test
    void aToolApprovedWithConditionsTurnsAnAllowingRuleIntoAllowedWithConditions() {
        PolicyAnswer answer = associationRules()
                .answer(PolicyQuestion.about(
                        DEEPL,
                        ToolCategory.TRANSLATION,
                        ToolStatus.APPROVED_WITH_CONDITIONS,
                        null,
                        DataCategory.INTERNAL));

        assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED_WITH_CONDITIONS);
        assertThat(answer.basis()).isEqualTo(PolicyAnswer.Basis.TOOL_STATUS);
        assertThat(answer.decidedBy()).isNull();
        assertThat(answer.applied()).containsExactly(ruleNamed("deepl≤INTERNAL"));
    }

    @Test
    void withoutAnyRuleEveryQuestionNeedsApprovalExceptForAForbiddenTool() {
        for (ToolStatus status : ToolStatus.values()) {
            PolicyAnswer answer = UsageRules.NONE.answer(
                    PolicyQuestion.about(NEW_TOOL, ToolCategory.OTHER, status, Activity.WRITING, DataCategory.PUBLIC));

            assertThat(answer.verdict())
                    .as("%s", status)
                    .isEqualTo(status == ToolStatus.FORBIDDEN ? Verdict.FORBIDDEN : Verdict.NEEDS_APPROVAL);
            assertThat(answer.basis())
                    .as("%s", status)
                    .isEqualTo(
                            status == ToolStatus.FORBIDDEN
                                    ? PolicyAnswer.Basis.TOOL_STATUS
                                    : PolicyAnswer.Basis.NO_RULE);
            assertThat(answer.decidedBy()).isNull();
            assertThat(answer.applied()).isEmpty();
            assertThat(answer.conditions()).isEmpty();
        }
    }

    @Test
    void aRuleAboutAnotherToolOrTheSameNameInAnotherKindOfSubjectIsNotApplied() {
        UUID other = UUID.fromString("00000000-0000-0000-0000-0000000000ff");
        UsageRules rules = new UsageRules(List.of(
                aRule().about(RuleSubject.tool(other)).allowed().build(),
                aRule().about(RuleSubject.category(ToolCategory.TRANSLATION))
                        .forbidden()
                        .build()));

        PolicyAnswer byActivity =
                rules.answer(PolicyQuestion.about(null, null, null, Activity.TRANSLATION, DataCategory.PUBLIC));
        PolicyAnswer byTool =
                rules.answer(PolicyQuestion.about(NEW_TOOL, null, ToolStatus.APPROVED, null, DataCategory.PUBLIC));

        assertThat(byActivity.basis()).isEqualTo(PolicyAnswer.Basis.NO_RULE);
        assertThat(byTool.basis()).isEqualTo(PolicyAnswer.Basis.NO_RULE);
    }

    @Test
    void theSameConditionOnBothSidesIsListedOnceAndDifferentOnesAreAllKept() {
        UsageRules rules = new UsageRules(List.of(
                aRule().about(RuleSubject.tool(NEW_TOOL))
                        .allowedIf("  " + PROOFREAD + "  ")
                        .build(),
                aRule().about(RuleSubject.activity(Activity.WRITING))
                        .allowedIf(PROOFREAD)
                        .build(),
                aRule().about(RuleSubject.activity(Activity.SUMMARISING))
                        .allowedIf(PSEUDONYMISE)
                        .build()));

        PolicyAnswer same =
                rules.answer(PolicyQuestion.about(NEW_TOOL, null, null, Activity.WRITING, DataCategory.INTERNAL));
        PolicyAnswer different =
                rules.answer(PolicyQuestion.about(NEW_TOOL, null, null, Activity.SUMMARISING, DataCategory.INTERNAL));

        assertThat(same.conditions()).containsExactly(PROOFREAD);
        assertThat(different.conditions()).containsExactly(PROOFREAD, PSEUDONYMISE);
    }

    @Test
    void theAnswerCannotBeChangedAfterwards() {
        PolicyAnswer answer = associationRules()
                .answer(PolicyQuestion.about(
                        DEEPL,
                        ToolCategory.TRANSLATION,
                        ToolStatus.APPROVED,
                        Activity.TRANSLATION,
                        DataCategory.PERSONAL));

        assertThat(answer.applied()).isUnmodifiable();
        assertThat(answer.conditions()).isUnmodifiable();
    }

    /**
     * BUG: the precedence is not monotonic in the data. LENIENT_ABOVE forbids a subject's verdict to
     * soften as the data grows more sensitive, but a rule with a ceiling below the top stops speaking
     * above it, so the other side (or the category behind a tool) alone decides, and may be more
     * lenient. With the association's own rules, an image tool used for writing needs conditions with
     * public data and none with internal data; a tool that the committee put under approval for
     * internal data becomes allowed for personal data through its category.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("questionsAtTwoSensitivities")
    void aVerdictNeverSoftensAsTheDataGrowsMoreSensitive(
            String scenario,
            UsageRules rules,
            UUID tool,
            ToolCategory category,
            Activity activity,
            DataCategory lower,
            DataCategory higher) {
        Verdict atLower = rules.answer(PolicyQuestion.about(tool, category, ToolStatus.APPROVED, activity, lower))
                .verdict();
        Verdict atHigher = rules.answer(PolicyQuestion.about(tool, category, ToolStatus.APPROVED, activity, higher))
                .verdict();

        assertThat(atLower.stricterThan(atHigher))
                .as("%s: %s with %s data, %s with %s data", scenario, atLower, lower, atHigher, higher)
                .isFalse();
    }

    static Stream<Arguments> questionsAtTwoSensitivities() {
        UsageRules toolUnderApproval = new UsageRules(List.of(
                aRule().about(RuleSubject.tool(NEW_TOOL))
                        .upTo(DataCategory.INTERNAL)
                        .withVerdict(Verdict.NEEDS_APPROVAL)
                        .because("Pas encore évalué")
                        .build(),
                aRule().about(RuleSubject.category(ToolCategory.TEXT_GENERATION))
                        .upTo(DataCategory.PERSONAL)
                        .allowedIf(PROOFREAD)
                        .build()));
        UsageRules activityForbiddenLow = new UsageRules(List.of(
                aRule().about(RuleSubject.activity(Activity.PUBLIC_CHATBOT))
                        .upTo(DataCategory.INTERNAL)
                        .forbidden()
                        .build(),
                aRule().about(RuleSubject.category(ToolCategory.CHATBOT))
                        .allowed()
                        .build()));
        return Stream.of(
                Arguments.of(
                        "image tool for writing (association's rules)",
                        associationRules(),
                        null,
                        ToolCategory.IMAGE_GENERATION,
                        Activity.WRITING,
                        DataCategory.PUBLIC,
                        DataCategory.INTERNAL),
                Arguments.of(
                        "tool under approval up to INTERNAL, its category allowed up to PERSONAL",
                        toolUnderApproval,
                        NEW_TOOL,
                        ToolCategory.TEXT_GENERATION,
                        null,
                        DataCategory.INTERNAL,
                        DataCategory.PERSONAL),
                Arguments.of(
                        "public chatbot forbidden up to INTERNAL, chatbots allowed",
                        activityForbiddenLow,
                        null,
                        ToolCategory.CHATBOT,
                        Activity.PUBLIC_CHATBOT,
                        DataCategory.INTERNAL,
                        DataCategory.PERSONAL));
    }

    /**
     * Doubt: a FORBIDDEN answer lists the conditions of the more lenient side. An intranet showing
     * "forbidden; conditions: pseudonymise the names" suggests that pseudonymising would make it
     * allowed. The domain text asks for "the rule that decided and its conditions".
     */
    @Test
    void aForbiddenAnswerListsNoConditionsToFollow() {
        PolicyAnswer answer = associationRules()
                .answer(PolicyQuestion.about(
                        DEEPL,
                        ToolCategory.TRANSLATION,
                        ToolStatus.APPROVED,
                        Activity.TRANSLATION,
                        DataCategory.SENSITIVE));

        assertThat(answer.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(answer.decidedBy()).isEqualTo(ruleNamed("translation-tools"));
        assertThat(answer.conditions()).isEmpty();
    }

    /**
     * The floor of a tool APPROVED_WITH_CONDITIONS gives ALLOWED_WITH_CONDITIONS on the basis of the
     * tool's status: its conditions are those of the committee's decision, not of a rule.
     */
    @Test
    void aToolApprovedWithConditionsAnswersOnTheBasisOfItsStatus() {
        PolicyAnswer answer = associationRules()
                .answer(PolicyQuestion.about(
                        DEEPL,
                        ToolCategory.TRANSLATION,
                        ToolStatus.APPROVED_WITH_CONDITIONS,
                        null,
                        DataCategory.INTERNAL));

        assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED_WITH_CONDITIONS);
        assertThat(answer.basis()).isEqualTo(PolicyAnswer.Basis.TOOL_STATUS);
        assertThat(answer.decidedBy()).isNull();
    }

    private static List<String> split(String cell) {
        return cell == null
                ? List.of()
                : Arrays.stream(cell.split(";")).map(String::strip).toList();
    }
}
