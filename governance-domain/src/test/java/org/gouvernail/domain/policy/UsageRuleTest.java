package org.gouvernail.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gouvernail.domain.policy.UsageRuleBuilder.aRule;

import java.util.UUID;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class UsageRuleTest {

    static final RuleSubject TOOL = RuleSubject.tool(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));

    @Test
    void withoutCeilingARuleSpeaksForEveryData() {
        UsageRule rule = new UsageRule(TOOL, null, Verdict.FORBIDDEN, null, null);

        assertThat(rule.dataCeiling()).isEqualTo(DataCategory.BENEFICIARY_VULNERABLE);
        for (DataCategory data : DataCategory.values()) {
            assertThat(rule.covers(data)).as("%s", data).isTrue();
        }
    }

    /** Row: the ceiling; columns: the data asked about. */
    @ParameterizedTest(name = "ceiling {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # ceiling              | PUBLIC | INTERNAL | PERSONAL | SENSITIVE | BENEFICIARY_VULNERABLE
            PUBLIC                 | Y      | N        | N        | N         | N
            INTERNAL               | Y      | Y        | N        | N         | N
            PERSONAL               | Y      | Y        | Y        | N         | N
            SENSITIVE              | Y      | Y        | Y        | Y         | N
            BENEFICIARY_VULNERABLE | Y      | Y        | Y        | Y         | Y
            """)
    void aRuleCoversTheDataUpToItsCeiling(
            DataCategory ceiling,
            String publicData,
            String internal,
            String personal,
            String sensitive,
            String vulnerable) {
        String[] expected = {publicData, internal, personal, sensitive, vulnerable};
        UsageRule rule = aRule().about(TOOL).upTo(ceiling).allowed().build();
        for (DataCategory data : DataCategory.values()) {
            assertThat(rule.covers(data))
                    .as("ceiling %s, data %s", ceiling, data)
                    .isEqualTo("Y".equals(expected[data.ordinal()]));
        }
    }

    @ParameterizedTest(name = "conditions \"{0}\" → {1}")
    @CsvSource(nullValues = "-", textBlock = """
            -,        required
            '',       blank
            '   ',    blank
            """)
    void aRuleAllowedWithConditionsStatesThem(String conditions, String code) {
        InvalidInput refused = catchThrowableOfType(
                () -> new UsageRule(TOOL, null, Verdict.ALLOWED_WITH_CONDITIONS, conditions, null), InvalidInput.class);

        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.field()).isEqualTo("conditions");
    }

    @ParameterizedTest
    @EnumSource(value = Verdict.class, names = "ALLOWED_WITH_CONDITIONS", mode = EnumSource.Mode.EXCLUDE)
    void otherVerdictsNeedNoConditions(Verdict verdict) {
        assertThat(new UsageRule(TOOL, null, verdict, null, null).conditions()).isNull();
    }

    @Test
    void textsAreTrimmedAndBounded() {
        UsageRule rule =
                new UsageRule(TOOL, null, Verdict.ALLOWED_WITH_CONDITIONS, "  Relire avant envoi \n", "\tCompte Pro ");

        assertThat(rule.conditions()).isEqualTo("Relire avant envoi");
        assertThat(rule.rationale()).isEqualTo("Compte Pro");
        assertThat(new UsageRule(TOOL, null, Verdict.ALLOWED_WITH_CONDITIONS, "x".repeat(2_000), "y".repeat(2_000))
                        .conditions())
                .hasSize(2_000);
        InvalidInput tooLong = catchThrowableOfType(
                () -> new UsageRule(TOOL, null, Verdict.FORBIDDEN, null, "y".repeat(2_001)), InvalidInput.class);
        assertThat(tooLong.code()).isEqualTo("too-long");
        assertThat(tooLong.field()).isEqualTo("rationale");
    }

    @Test
    void aRuleHasASubjectAndAVerdict() {
        assertThat(catchThrowableOfType(
                                () -> new UsageRule(null, null, Verdict.ALLOWED, null, null), InvalidInput.class)
                        .field())
                .isEqualTo("subject");
        assertThat(catchThrowableOfType(() -> new UsageRule(TOOL, null, null, null, null), InvalidInput.class)
                        .field())
                .isEqualTo("verdict");
    }

    @Test
    void aRuleIsIdentifiedBySubjectAndCeilingOnly() {
        UsageRule allowed = aRule().about(TOOL)
                .upTo(DataCategory.INTERNAL)
                .allowed()
                .because("a")
                .build();
        UsageRule forbidden = aRule().about(TOOL)
                .upTo(DataCategory.INTERNAL)
                .forbidden()
                .because("b")
                .build();

        assertThat(allowed.key()).isEqualTo(forbidden.key()).isEqualTo(new UsageRule.Key(TOOL, DataCategory.INTERNAL));
        assertThat(allowed.key())
                .isNotEqualTo(aRule().about(TOOL)
                        .upTo(DataCategory.PERSONAL)
                        .allowed()
                        .because("a")
                        .build()
                        .key());
    }

    /** The verdicts from most lenient to most restrictive. */
    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(textBlock = """
            ALLOWED,                 ALLOWED_WITH_CONDITIONS, ALLOWED_WITH_CONDITIONS
            ALLOWED_WITH_CONDITIONS, NEEDS_APPROVAL,          NEEDS_APPROVAL
            FORBIDDEN,               NEEDS_APPROVAL,          FORBIDDEN
            ALLOWED,                 FORBIDDEN,               FORBIDDEN
            NEEDS_APPROVAL,          NEEDS_APPROVAL,          NEEDS_APPROVAL
            """)
    void theStricterVerdictWins(Verdict a, Verdict b, Verdict strictest) {
        assertThat(Verdict.strictest(a, b)).isEqualTo(strictest);
        assertThat(Verdict.strictest(b, a)).isEqualTo(strictest);
        assertThat(a.stricterThan(b)).isEqualTo(a != b && a == strictest);
    }
}
