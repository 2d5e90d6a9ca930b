package org.gouvernail.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.inventory.Tools.DECLARER;
import static org.gouvernail.domain.inventory.Tools.SOMEONE_ELSE;

import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AiToolTest {

    @Test
    void aNewlyDeclaredToolIsDeclaredAtVersionZero() {
        AiTool tool = Tools.declared();

        assertThat(tool.status()).isEqualTo(ToolStatus.DECLARED);
        assertThat(tool.version()).isZero();
        assertThat(tool.declaredBy()).isEqualTo(DECLARER);
    }

    @ParameterizedTest
    @EnumSource(
            value = ToolStatus.class,
            names = {"APPROVED", "APPROVED_WITH_CONDITIONS", "RESTRICTED", "FORBIDDEN"})
    void onlyACommitteeDecisionApprovesRestrictsOrForbidsATool(ToolStatus target) {
        for (ToolStatus from : ToolStatus.values()) {
            assertThatThrownBy(() -> Tools.in(from).moveTo(target))
                    .as("%s → %s", from, target)
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo("decision-required");
        }
    }

    @Test
    void aDeclaredToolCanBePutUnderReview() {
        AiTool moved = Tools.declared().moveTo(ToolStatus.UNDER_REVIEW);

        assertThat(moved.status()).isEqualTo(ToolStatus.UNDER_REVIEW);
        assertThat(moved.version())
                .as("the store, not the aggregate, counts versions")
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(value = ToolStatus.class, names = "RETIRED", mode = EnumSource.Mode.EXCLUDE)
    void anyToolStillInUseCanBeRetired(ToolStatus from) {
        assertThat(Tools.in(from).moveTo(ToolStatus.RETIRED).status()).isEqualTo(ToolStatus.RETIRED);
    }

    @Test
    void aRetiredToolCannotBeRetiredAgain() {
        assertThatThrownBy(() -> Tools.in(ToolStatus.RETIRED).moveTo(ToolStatus.RETIRED))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("transition-refused");
    }

    @ParameterizedTest
    @EnumSource(value = ToolStatus.class, names = "DECLARED", mode = EnumSource.Mode.EXCLUDE)
    void onlyADeclaredToolCanBePutUnderReview(ToolStatus from) {
        assertThatThrownBy(() -> Tools.in(from).moveTo(ToolStatus.UNDER_REVIEW))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("transition-refused");
    }

    @Test
    void aToolCannotBeMovedBackToDeclared() {
        assertThatThrownBy(() -> Tools.in(ToolStatus.UNDER_REVIEW).moveTo(ToolStatus.DECLARED))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("decision-required");
    }

    @Test
    void aRetiredToolIsKeptAsItWas() {
        assertThatThrownBy(() -> Tools.in(ToolStatus.RETIRED).withDetails(Tools.details()))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("tool-retired");
    }

    @ParameterizedTest
    @EnumSource(value = ToolStatus.class, names = "RETIRED", mode = EnumSource.Mode.EXCLUDE)
    void aToolInUseCanBeCorrectedWithoutChangingItsStatus(ToolStatus status) {
        ToolDetails corrected = ToolDetailsBuilder.aTool()
                .named("DeepL Pro")
                .withAccount(AccountType.ENTERPRISE)
                .build();

        AiTool changed = Tools.in(status).withDetails(corrected);

        assertThat(changed.details()).isEqualTo(corrected);
        assertThat(changed.status()).isEqualTo(status);
    }

    @Test
    void theDeclarerMayEditADeclaredTool() {
        assertThat(Tools.declared().editableBy(DECLARER)).isTrue();
    }

    @Test
    void nobodyElseMayEditADeclaredToolAsItsDeclarer() {
        assertThat(Tools.declared().editableBy(SOMEONE_ELSE)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ToolStatus.class, names = "DECLARED", mode = EnumSource.Mode.EXCLUDE)
    void theDeclarerMayNoLongerEditOnceTheReviewStarted(ToolStatus status) {
        assertThat(Tools.in(status).editableBy(DECLARER)).isFalse();
    }

    @ParameterizedTest(name = "{0} decided {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DECLARED                 | APPROVED                 | APPROVED
            UNDER_REVIEW             | APPROVED_WITH_CONDITIONS | APPROVED_WITH_CONDITIONS
            UNDER_REVIEW             | RESTRICTED               | RESTRICTED
            APPROVED                 | FORBIDDEN                | FORBIDDEN
            FORBIDDEN                | APPROVED                 | APPROVED
            UNDER_REVIEW             | RETIRED                  | decision-tool-status
            UNDER_REVIEW             | UNDER_REVIEW             | decision-tool-status
            RETIRED                  | APPROVED                 | tool-retired
            """)
    void aCommitteeDecisionSetsTheGovernedStatus(ToolStatus from, ToolStatus target, String expected) {
        AiTool tool = Tools.in(from);
        if (expected.contains("-")) {
            assertThatThrownBy(() -> tool.applyDecision(target))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo(expected);
        } else {
            assertThat(tool.applyDecision(target).status()).isEqualTo(ToolStatus.valueOf(expected));
        }
    }
}
