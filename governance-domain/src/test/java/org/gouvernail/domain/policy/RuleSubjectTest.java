package org.gouvernail.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSubjectTest {

    static final UUID TOOL = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

    /** Y where the field is set; a subject names exactly the one field of its kind. */
    @ParameterizedTest(name = "{0} tool={1} category={2} activity={3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind        | tool | category | activity | expected
            TOOL          | Y    | N        | N        | ok
            TOOL          | N    | N        | N        | toolId
            TOOL          | Y    | Y        | N        | toolId
            TOOL          | Y    | N        | Y        | toolId
            TOOL          | N    | Y        | N        | toolId
            TOOL_CATEGORY | N    | Y        | N        | ok
            TOOL_CATEGORY | N    | N        | N        | category
            TOOL_CATEGORY | Y    | Y        | N        | category
            TOOL_CATEGORY | N    | Y        | Y        | category
            TOOL_CATEGORY | N    | N        | Y        | category
            ACTIVITY      | N    | N        | Y        | ok
            ACTIVITY      | N    | N        | N        | activity
            ACTIVITY      | Y    | N        | Y        | activity
            ACTIVITY      | N    | Y        | Y        | activity
            ACTIVITY      | Y    | Y        | Y        | activity
            """)
    void aSubjectNamesExactlyTheFieldOfItsKind(
            SubjectKind kind, String tool, String category, String activity, String expected) {
        UUID toolId = tool.equals("Y") ? TOOL : null;
        ToolCategory toolCategory = category.equals("Y") ? ToolCategory.TRANSLATION : null;
        Activity anActivity = activity.equals("Y") ? Activity.TRANSLATION : null;
        if (expected.equals("ok")) {
            assertThat(new RuleSubject(kind, toolId, toolCategory, anActivity).kind())
                    .isEqualTo(kind);
            return;
        }
        InvalidInput refused =
                catchThrowableOfType(() -> new RuleSubject(kind, toolId, toolCategory, anActivity), InvalidInput.class);
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo("subject-incomplete");
        assertThat(refused.field()).isEqualTo("subject");
        assertThat(refused.arguments()).containsExactly(kind, expected);
    }

    @Test
    void aSubjectHasAKind() {
        InvalidInput refused = catchThrowableOfType(() -> new RuleSubject(null, TOOL, null, null), InvalidInput.class);

        assertThat(refused.code()).isEqualTo("required");
        assertThat(refused.field()).isEqualTo("subject.kind");
    }

    @Test
    void theFactoriesBuildTheMatchingKind() {
        assertThat(RuleSubject.tool(TOOL)).isEqualTo(new RuleSubject(SubjectKind.TOOL, TOOL, null, null));
        assertThat(RuleSubject.category(ToolCategory.CODING))
                .isEqualTo(new RuleSubject(SubjectKind.TOOL_CATEGORY, null, ToolCategory.CODING, null));
        assertThat(RuleSubject.activity(Activity.CODING))
                .isEqualTo(new RuleSubject(SubjectKind.ACTIVITY, null, null, Activity.CODING));
        assertThat(catchThrowableOfType(() -> RuleSubject.tool(null), InvalidInput.class))
                .isNotNull();
    }

    @Test
    void aCategoryAndAnActivityOfTheSameNameAreDifferentSubjectsWithTheSameCode() {
        RuleSubject category = RuleSubject.category(ToolCategory.TRANSLATION);
        RuleSubject activity = RuleSubject.activity(Activity.TRANSLATION);

        assertThat(category).isNotEqualTo(activity);
        assertThat(category.code()).isEqualTo(activity.code()).isEqualTo("TRANSLATION");
        assertThat(category.toString()).isEqualTo("TOOL_CATEGORY TRANSLATION");
        assertThat(activity.toString()).isEqualTo("ACTIVITY TRANSLATION");
        assertThat(RuleSubject.tool(TOOL).code()).isEqualTo("00000000-0000-0000-0000-0000000000d1");
    }
}
