package org.gouvernail.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyQuestionTest {

    static final UUID TOOL = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

    @ParameterizedTest(name = "tool={0} category={1} status={2} activity={3} data={4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # tool | category    | status   | activity    | data     | expected
            Y      | -           | APPROVED | -           | INTERNAL | ok
            -      | TRANSLATION | -        | -           | INTERNAL | ok
            -      | -           | -        | TRANSLATION | INTERNAL | ok
            Y      | TRANSLATION | APPROVED | TRANSLATION | PUBLIC   | ok
            -      | -           | -        | -           | INTERNAL | policy-question-empty
            -      | -           | APPROVED | -           | INTERNAL | policy-question-empty
            Y      | TRANSLATION | APPROVED | TRANSLATION | -        | required
            -      | -           | -        | -           | -        | required
            """)
    void aQuestionNamesItsDataAndATool_aCategoryOrAnActivity(
            String tool,
            ToolCategory category,
            ToolStatus status,
            Activity activity,
            DataCategory data,
            String expected) {
        UUID toolId = tool == null ? null : TOOL;
        if (expected.equals("ok")) {
            assertThat(PolicyQuestion.about(toolId, category, status, activity, data)
                            .data())
                    .isEqualTo(data);
            return;
        }
        InvalidInput refused = catchThrowableOfType(
                () -> PolicyQuestion.about(toolId, category, status, activity, data), InvalidInput.class);
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo(expected);
        assertThat(refused.field()).isEqualTo(expected.equals("required") ? "dataCategory" : "tool");
    }
}
