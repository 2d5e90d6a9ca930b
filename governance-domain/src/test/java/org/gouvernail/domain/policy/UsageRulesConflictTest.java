package org.gouvernail.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gouvernail.domain.policy.UsageRuleBuilder.aRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules that cannot stand together in one set, and the positions the refusal names. */
class UsageRulesConflictTest {

    static final UUID TOOL_A = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID TOOL_B = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    /** {@code tool:A}, {@code tool:B}, {@code category:X}, {@code activity:X}. */
    static RuleSubject subject(String code) {
        String[] parts = code.split(":");
        return switch (parts[0]) {
            case "tool" -> RuleSubject.tool(parts[1].equals("A") ? TOOL_A : TOOL_B);
            case "category" -> RuleSubject.category(ToolCategory.valueOf(parts[1]));
            case "activity" -> RuleSubject.activity(Activity.valueOf(parts[1]));
            default -> throw new IllegalArgumentException(code);
        };
    }

    static UsageRule rule(String subject, DataCategory ceiling, Verdict verdict) {
        return aRule().about(subject(subject))
                .upTo(ceiling)
                .withVerdict(verdict)
                .withConditions(verdict == Verdict.ALLOWED_WITH_CONDITIONS ? "Relire" : null)
                .build();
    }

    static UsageRule rule(RuleSubject subject, DataCategory ceiling, Verdict verdict) {
        return aRule().about(subject)
                .upTo(ceiling)
                .withVerdict(verdict)
                .withConditions(verdict == Verdict.ALLOWED_WITH_CONDITIONS ? "Relire" : null)
                .build();
    }

    /** A ceiling "-" is the default one (every data category). */
    @ParameterizedTest(name = "[{index}] {0} ≤ {1} {2} / {3} ≤ {4} {5} → {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # first subject                | ceiling                | verdict                 | second subject                 | ceiling                | verdict                 | conflict
            # The same subject and ceiling twice, whatever the verdicts
            tool:A                         | INTERNAL               | ALLOWED                 | tool:A                         | INTERNAL               | ALLOWED                 | SAME_SCOPE
            tool:A                         | INTERNAL               | ALLOWED                 | tool:A                         | INTERNAL               | FORBIDDEN               | SAME_SCOPE
            tool:A                         | -                      | FORBIDDEN               | tool:A                         | BENEFICIARY_VULNERABLE | NEEDS_APPROVAL          | SAME_SCOPE
            tool:A                         | -                      | NEEDS_APPROVAL          | tool:A                         | -                      | NEEDS_APPROVAL          | SAME_SCOPE
            category:TRANSLATION           | PUBLIC                 | ALLOWED                 | category:TRANSLATION           | PUBLIC                 | ALLOWED_WITH_CONDITIONS | SAME_SCOPE
            activity:DECISION_ABOUT_PEOPLE | -                      | FORBIDDEN               | activity:DECISION_ABOUT_PEOPLE | -                      | FORBIDDEN               | SAME_SCOPE
            # The verdict softens as the data grows more sensitive, in either order of listing
            tool:A                         | PUBLIC                 | FORBIDDEN               | tool:A                         | -                      | ALLOWED                 | LENIENT_ABOVE
            tool:A                         | -                      | ALLOWED                 | tool:A                         | PUBLIC                 | FORBIDDEN               | LENIENT_ABOVE
            tool:A                         | INTERNAL               | ALLOWED_WITH_CONDITIONS | tool:A                         | PERSONAL               | ALLOWED                 | LENIENT_ABOVE
            tool:A                         | INTERNAL               | FORBIDDEN               | tool:A                         | SENSITIVE              | NEEDS_APPROVAL          | LENIENT_ABOVE
            category:TEXT_GENERATION       | PUBLIC                 | NEEDS_APPROVAL          | category:TEXT_GENERATION       | PERSONAL               | ALLOWED_WITH_CONDITIONS | LENIENT_ABOVE
            activity:TRANSLATION           | SENSITIVE              | FORBIDDEN               | activity:TRANSLATION           | BENEFICIARY_VULNERABLE | ALLOWED                 | LENIENT_ABOVE
            activity:WRITING               | PERSONAL               | NEEDS_APPROVAL          | activity:WRITING               | PUBLIC                 | FORBIDDEN               | LENIENT_ABOVE
            # Stricter above, or the same verdict at two ceilings, is fine
            tool:A                         | PUBLIC                 | ALLOWED                 | tool:A                         | -                      | FORBIDDEN               | -
            tool:A                         | -                      | FORBIDDEN               | tool:A                         | PUBLIC                 | ALLOWED                 | -
            tool:A                         | INTERNAL               | ALLOWED                 | tool:A                         | PERSONAL               | ALLOWED_WITH_CONDITIONS | -
            tool:A                         | PERSONAL               | NEEDS_APPROVAL          | tool:A                         | SENSITIVE              | NEEDS_APPROVAL          | -
            activity:TRANSLATION           | INTERNAL               | ALLOWED_WITH_CONDITIONS | activity:TRANSLATION           | SENSITIVE              | ALLOWED_WITH_CONDITIONS | -
            category:TRANSLATION           | SENSITIVE              | NEEDS_APPROVAL          | category:TRANSLATION           | PUBLIC                 | ALLOWED                 | -
            # Different subjects never conflict, whatever their ceilings and verdicts
            tool:A                         | INTERNAL               | ALLOWED                 | tool:B                         | INTERNAL               | FORBIDDEN               | -
            tool:A                         | PUBLIC                 | FORBIDDEN               | tool:B                         | -                      | ALLOWED                 | -
            category:TRANSLATION           | -                      | FORBIDDEN               | activity:TRANSLATION           | -                      | ALLOWED                 | -
            category:TRANSLATION           | PUBLIC                 | FORBIDDEN               | activity:TRANSLATION           | -                      | ALLOWED                 | -
            category:TRANSCRIPTION         | PUBLIC                 | FORBIDDEN               | activity:TRANSCRIPTION         | PERSONAL               | ALLOWED                 | -
            category:CODING                | INTERNAL               | NEEDS_APPROVAL          | activity:CODING                | INTERNAL               | ALLOWED                 | -
            tool:A                         | PUBLIC                 | FORBIDDEN               | category:TRANSLATION           | -                      | ALLOWED                 | -
            category:TRANSLATION           | INTERNAL               | FORBIDDEN               | category:TEXT_GENERATION       | INTERNAL               | ALLOWED                 | -
            activity:WRITING               | PUBLIC                 | FORBIDDEN               | activity:SUMMARISING           | SENSITIVE              | ALLOWED                 | -
            """)
    void aPairOfRulesConflictsOrNot(
            String firstSubject,
            DataCategory firstCeiling,
            Verdict firstVerdict,
            String secondSubject,
            DataCategory secondCeiling,
            Verdict secondVerdict,
            RuleConflict.Kind expected) {
        UsageRule first = rule(firstSubject, firstCeiling, firstVerdict);
        UsageRule second = rule(secondSubject, secondCeiling, secondVerdict);
        List<UsageRule> pair = List.of(first, second);

        if (expected == null) {
            assertThat(UsageRules.firstConflict(pair)).isEmpty();
            assertThatCode(() -> new UsageRules(pair)).doesNotThrowAnyException();
            return;
        }
        assertThat(UsageRules.firstConflict(pair)).hasValue(new RuleConflict(expected, 0, first, 1, second));
        RuleViolation refused = catchThrowableOfType(() -> new UsageRules(pair), RuleViolation.class);
        assertThat(refused).as("the constructor refuses the pair").isNotNull();
        assertThat(refused.code()).isEqualTo("contradictory-rules");
        assertThat(refused.arguments()).hasSize(5);
        assertThat(refused.arguments().get(0)).isEqualTo(1);
        assertThat(refused.arguments().get(2)).isEqualTo(2);
        assertThat(refused.arguments().get(4)).isEqualTo(expected);
        assertThat((String) refused.arguments().get(1))
                .contains(first.subject().code(), first.dataCeiling().name(), firstVerdict.name());
        assertThat((String) refused.arguments().get(3))
                .contains(second.subject().code(), second.dataCeiling().name(), secondVerdict.name());
    }

    /** The positions are 1-based for people, 0-based in {@link RuleConflict}; the rules in between do not count. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # scenario                                                  | rules (subject ceiling verdict, ';' between)                                                                                      | kind          | first | second
            conflict between the 2nd and the 4th rule                   | tool:A PUBLIC ALLOWED ; tool:B INTERNAL ALLOWED ; activity:WRITING PERSONAL ALLOWED ; tool:B INTERNAL NEEDS_APPROVAL                 | SAME_SCOPE    | 2     | 4
            conflict between the 1st and the last rule                  | tool:A PUBLIC FORBIDDEN ; tool:B PUBLIC ALLOWED ; activity:WRITING PERSONAL ALLOWED ; category:CODING INTERNAL ALLOWED ; tool:A SENSITIVE ALLOWED | LENIENT_ABOVE | 1 | 5
            the earliest rule that contradicts an earlier one is named  | tool:A PUBLIC ALLOWED ; tool:B PUBLIC FORBIDDEN ; tool:B SENSITIVE ALLOWED ; tool:A PUBLIC NEEDS_APPROVAL                           | LENIENT_ABOVE | 2     | 3
            a rule contradicting two earlier ones is paired with the 1st | tool:A PUBLIC NEEDS_APPROVAL ; tool:A INTERNAL NEEDS_APPROVAL ; tool:A PERSONAL ALLOWED                                         | LENIENT_ABOVE | 1     | 3
            the pair completed first is named, not the widest           | tool:A PUBLIC FORBIDDEN ; tool:A INTERNAL NEEDS_APPROVAL ; tool:A PERSONAL ALLOWED                                                 | LENIENT_ABOVE | 1     | 2
            same scope found before lenient-above in list order         | tool:A INTERNAL FORBIDDEN ; tool:A INTERNAL ALLOWED ; tool:A PERSONAL ALLOWED                                                      | SAME_SCOPE    | 1     | 2
            """)
    void theRefusalNamesTheFirstContradictingPairByPosition(
            String scenario, String rules, RuleConflict.Kind kind, int first, int second) {
        List<UsageRule> list = parse(rules);

        assertThat(UsageRules.firstConflict(list)).hasValueSatisfying(conflict -> {
            assertThat(conflict.kind()).isEqualTo(kind);
            assertThat(conflict.firstIndex()).isEqualTo(first - 1);
            assertThat(conflict.secondIndex()).isEqualTo(second - 1);
            assertThat(conflict.first()).isSameAs(list.get(first - 1));
            assertThat(conflict.second()).isSameAs(list.get(second - 1));
        });
        RuleViolation refused = catchThrowableOfType(() -> new UsageRules(list), RuleViolation.class);
        assertThat(refused.code()).isEqualTo("contradictory-rules");
        assertThat(refused.arguments()).element(0).isEqualTo(first);
        assertThat(refused.arguments()).element(2).isEqualTo(second);
        assertThat(refused.arguments()).element(4).isEqualTo(kind);
        assertThat(refused.getMessage()).contains("rules " + first + " and " + second);
    }

    @Test
    void theRefusalDescribesBothRulesForPeople() {
        assertThat(UsageRules.firstConflict(List.of())).isEmpty();
        List<UsageRule> rules = List.of(
                rule(RuleSubject.category(ToolCategory.TRANSLATION), DataCategory.PUBLIC, Verdict.FORBIDDEN),
                rule(RuleSubject.category(ToolCategory.TRANSLATION), null, Verdict.ALLOWED));

        RuleViolation refused = catchThrowableOfType(() -> new UsageRules(rules), RuleViolation.class);

        assertThat(refused.arguments())
                .containsExactly(
                        1,
                        "TOOL_CATEGORY TRANSLATION ≤ PUBLIC: FORBIDDEN",
                        2,
                        "TOOL_CATEGORY TRANSLATION ≤ BENEFICIARY_VULNERABLE: ALLOWED",
                        RuleConflict.Kind.LENIENT_ABOVE);
    }

    @Test
    void theAssociationsRulesHaveNoConflict() {
        assertThat(UsageRules.firstConflict(List.copyOf(Policies.RULES.values())))
                .isEmpty();
    }

    @Test
    void aRuleAddedFromAnotherSetIsCheckedAgainstTheWholeAndNamedByItsPositionInIt() {
        UsageRules published = new UsageRules(List.of(
                rule("tool:A", DataCategory.PUBLIC, Verdict.ALLOWED),
                rule("activity:DECISION_ABOUT_PEOPLE", null, Verdict.FORBIDDEN)));
        UsageRules other = new UsageRules(List.of(
                rule("tool:B", null, Verdict.ALLOWED), rule("activity:DECISION_ABOUT_PEOPLE", null, Verdict.ALLOWED)));
        UsageRules compatible = new UsageRules(List.of(rule("tool:B", null, Verdict.FORBIDDEN)));

        RuleViolation refused = catchThrowableOfType(() -> published.with(other), RuleViolation.class);
        UsageRules together = published.with(compatible);

        assertThat(refused.code()).isEqualTo("contradictory-rules");
        assertThat(refused.arguments()).element(0).isEqualTo(2);
        assertThat(refused.arguments()).element(2).isEqualTo(4);
        assertThat(refused.arguments()).element(4).isEqualTo(RuleConflict.Kind.SAME_SCOPE);
        assertThat(together.rules())
                .containsExactly(
                        published.rules().get(0),
                        published.rules().get(1),
                        compatible.rules().get(0));
        assertThat(published.with(UsageRules.NONE)).isEqualTo(published);
    }

    @Test
    void aSetHoldsAtMostTwoHundredRules() {
        List<UsageRule> distinct = new ArrayList<>(IntStream.range(0, UsageRules.MAX_RULES)
                .mapToObj(i -> rule(RuleSubject.tool(new UUID(0, i + 1)), null, Verdict.ALLOWED))
                .toList());

        assertThat(new UsageRules(distinct).rules()).hasSize(200);
        distinct.add(rule(RuleSubject.tool(new UUID(1, 0)), null, Verdict.ALLOWED));
        InvalidInput refused = catchThrowableOfType(() -> new UsageRules(distinct), InvalidInput.class);
        assertThat(refused.code()).isEqualTo("too-many");
        assertThat(refused.field()).isEqualTo("rules");
    }

    @Test
    void theSetIsACopyTheCallerCannotChangeAfterwards() {
        List<UsageRule> list = new ArrayList<>(List.of(rule("tool:A", null, Verdict.ALLOWED)));
        UsageRules rules = new UsageRules(list);

        list.add(rule("tool:A", null, Verdict.FORBIDDEN));

        assertThat(rules.rules()).hasSize(1).isUnmodifiable();
    }

    @Test
    void aRuleIsFoundByItsSubjectAndCeiling() {
        UsageRule internal = rule("tool:A", DataCategory.INTERNAL, Verdict.ALLOWED);
        UsageRule all = rule("tool:A", null, Verdict.FORBIDDEN);
        UsageRules rules = new UsageRules(List.of(internal, all));

        assertThat(rules.find(new UsageRule.Key(subject("tool:A"), DataCategory.BENEFICIARY_VULNERABLE)))
                .containsSame(all);
        assertThat(rules.find(internal.key())).containsSame(internal);
        assertThat(rules.find(new UsageRule.Key(subject("tool:A"), DataCategory.PERSONAL)))
                .isEmpty();
        assertThat(rules.find(new UsageRule.Key(subject("tool:B"), DataCategory.INTERNAL)))
                .isEmpty();
    }

    private static List<UsageRule> parse(String rules) {
        return Arrays.stream(rules.split(";"))
                .map(String::strip)
                .map(text -> {
                    String[] parts = text.split("\\s+");
                    return rule(parts[0], DataCategory.valueOf(parts[1]), Verdict.valueOf(parts[2]));
                })
                .toList();
    }
}
