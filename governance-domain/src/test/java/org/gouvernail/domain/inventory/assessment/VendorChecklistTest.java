package org.gouvernail.domain.inventory.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.shared.DataCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class VendorChecklistTest {

    /**
     * Every blocking rule of the reference's "blocking when" column: for each item, a tool where
     * the condition holds and one where it does not; B where the answer blocks, - where it does not.
     * Context flags: H health data, E personal data leaves the EU, C connectors touch personal data,
     * P critical process, R high-risk use case.
     */
    @ParameterizedTest(name = "{0} on {1} hosted {2} with [{3}]: NO {4} UNKNOWN {5} N/A {6} PARTIAL {7}")
    @CsvSource(delimiter = '|', textBlock = """
            # item | data categories               | hosting          | flags | NO | UNKNOWN | N/A | PARTIAL
            V01    | PERSONAL                      | EU               |       | B  | B       | B   | -
            V01    | SENSITIVE                     | EU               |       | B  | B       | B   | -
            V01    | INTERNAL PUBLIC               | UNITED_STATES    | HECPR | -  | -       | -   | -
            V02    | PERSONAL                      | EU               |       | B  | B       | B   | -
            V02    | INTERNAL                      | EU               |       | -  | -       | -   | -
            V03    | PERSONAL                      | EU               |       | -  | B       | B   | -
            V03    | BENEFICIARY_VULNERABLE        | UNKNOWN          |       | -  | B       | B   | -
            V03    | INTERNAL                      | UNKNOWN          | HECPR | -  | -       | -   | -
            V04    | PERSONAL                      | UNITED_STATES    |       | B  | B       | B   | -
            V04    | SENSITIVE                     | OTHER_OUTSIDE_EU |       | B  | B       | B   | -
            V04    | INTERNAL                      | EU               | E     | B  | B       | B   | -
            V04    | PERSONAL                      | EU               |       | -  | -       | -   | -
            V04    | PERSONAL                      | ADEQUATE_COUNTRY |       | -  | -       | -   | -
            V04    | INTERNAL                      | UNITED_STATES    | HCPR  | -  | -       | -   | -
            V05    | PERSONAL                      | EU               |       | B  | B       | B   | -
            V05    | INTERNAL                      | UNITED_STATES    |       | -  | -       | -   | -
            V06    | BENEFICIARY_VULNERABLE        | EU               |       | B  | B       | B   | -
            V06    | PUBLIC                        | EU               |       | -  | -       | -   | -
            V07    | SENSITIVE                     | EU               |       | B  | B       | B   | -
            V07    | BENEFICIARY_VULNERABLE        | EU               |       | B  | B       | B   | -
            V07    | PERSONAL                      | UNITED_STATES    | HECPR | -  | -       | -   | -
            V08    | PERSONAL                      | EU               |       | B  | B       | B   | -
            V08    | INTERNAL                      | EU               |       | -  | -       | -   | -
            V09    | SENSITIVE                     | EU               |       | B  | B       | B   | -
            V09    | BENEFICIARY_VULNERABLE        | EU               |       | B  | B       | B   | -
            V09    | PERSONAL                      | EU               | HECPR | -  | -       | -   | -
            V10    | INTERNAL                      | EU               | H     | B  | B       | B   | -
            V10    | BENEFICIARY_VULNERABLE        | UNITED_STATES    | ECPR  | -  | -       | -   | -
            V11    | PERSONAL                      | EU               |       | B  | B       | B   | -
            V11    | INTERNAL PUBLIC               | UNITED_STATES    | HECPR | -  | -       | -   | -
            V12    | BENEFICIARY_VULNERABLE        | UNITED_STATES    |       | B  | B       | B   | -
            V12    | INTERNAL                      | EU               | HECPR | -  | -       | -   | -
            V13    | PERSONAL                      | EU               |       | B  | B       | B   | -
            V13    | INTERNAL                      | EU               | HECPR | -  | -       | -   | -
            V14    | PUBLIC                        | EU               | R     | B  | B       | B   | -
            V14    | BENEFICIARY_VULNERABLE        | UNITED_STATES    | HECP  | -  | -       | -   | -
            V15    | INTERNAL                      | EU               | C     | B  | B       | B   | -
            V15    | BENEFICIARY_VULNERABLE        | UNITED_STATES    | HEPR  | -  | -       | -   | -
            V16    | PUBLIC                        | EU               | P     | B  | B       | B   | -
            V16    | BENEFICIARY_VULNERABLE        | UNITED_STATES    | HECR  | -  | -       | -   | -
            V17    | BENEFICIARY_VULNERABLE        | UNITED_STATES    | HECPR | -  | -       | -   | -
            V18    | PERSONAL                      | EU               |       | B  | B       | B   | -
            V18    | INTERNAL                      | UNITED_STATES    | HECPR | -  | -       | -   | -
            V19    | SENSITIVE                     | EU               |       | B  | B       | B   | -
            V19    | PUBLIC                        | EU               | HECPR | -  | -       | -   | -
            V20    | BENEFICIARY_VULNERABLE        | EU               |       | B  | B       | B   | -
            V20    | INTERNAL                      | EU               | HECPR | -  | -       | -   | -
            V21    | BENEFICIARY_VULNERABLE        | UNITED_STATES    | HECPR | -  | -       | -   | -
            V22    | BENEFICIARY_VULNERABLE        | UNITED_STATES    | HECPR | -  | -       | -   | -
            """)
    void eachItemBlocksOnlyWhereItsConditionHolds(
            ChecklistItem item,
            String categories,
            HostingRegion hosting,
            String flags,
            String no,
            String unknown,
            String notApplicable,
            String partial) {
        ToolSnapshot tool = new ToolSnapshot(categories(categories), hosting);
        AssessmentContext context = context(flags);
        assertBlocks(tool, context, item, ChecklistAnswer.NO, no);
        assertBlocks(tool, context, item, ChecklistAnswer.UNKNOWN, unknown);
        assertBlocks(tool, context, item, ChecklistAnswer.NOT_APPLICABLE, notApplicable);
        assertBlocks(tool, context, item, ChecklistAnswer.PARTIAL, partial);
        assertBlocks(tool, context, item, ChecklistAnswer.YES, "-");
    }

    @Test
    void theTableAboveCoversEveryItem() {
        assertThat(ChecklistItem.values())
                .extracting(Enum::name)
                .containsExactly(
                        "V01", "V02", "V03", "V04", "V05", "V06", "V07", "V08", "V09", "V10", "V11", "V12", "V13",
                        "V14", "V15", "V16", "V17", "V18", "V19", "V20", "V21", "V22");
        assertThat(ChecklistItem.of(1)).hasSize(17);
        assertThat(ChecklistItem.of(2)).hasSize(22);
    }

    /**
     * An assessment of version 1 keeps its rules: V11 and V12 never blocked alone there, and it
     * has no V18–V22; the same answers in version 2 block, since art. 28(2), (4) and (3)(h) bind a
     * processor of personal data.
     */
    @Test
    void anAssessmentOfVersionOneKeepsItsItemsAndRules() {
        ToolSnapshot tool = new ToolSnapshot(Set.of(DataCategory.PERSONAL), HostingRegion.EU);
        java.util.Map<ChecklistItem, ItemAnswer> answers = new java.util.EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.of(1)) {
            answers.put(item, ItemAnswer.of(item, ChecklistAnswer.YES));
        }
        answers.put(ChecklistItem.V11, ItemAnswer.of(ChecklistItem.V11, ChecklistAnswer.NO));
        answers.put(ChecklistItem.V12, ItemAnswer.of(ChecklistItem.V12, ChecklistAnswer.UNKNOWN));

        AssessmentInput stored = new AssessmentInput(AssessmentContext.none(), answers, 1);
        AssessmentResult result = VendorChecklist.evaluate(tool, stored);

        assertThat(new AssessmentInput(AssessmentContext.none(), answers).checklistVersion())
                .isEqualTo(1);
        assertThat(result.blockingFindings()).isEmpty();
        assertThat(result.applicableItems()).isEqualTo(17);

        java.util.Map<ChecklistItem, ItemAnswer> current = new java.util.EnumMap<>(answers);
        for (ChecklistItem item : List.of(
                ChecklistItem.V18, ChecklistItem.V19, ChecklistItem.V20, ChecklistItem.V21, ChecklistItem.V22)) {
            current.put(item, ItemAnswer.of(item, ChecklistAnswer.YES));
        }
        assertThat(VendorChecklist.evaluate(tool, new AssessmentInput(AssessmentContext.none(), current))
                        .blockingFindings())
                .extracting(BlockingFinding::item)
                .containsExactly(ChecklistItem.V11, ChecklistItem.V12);
    }

    @Test
    void aNewAssessmentAsksForEveryItemOfTheCurrentVersion() {
        java.util.Map<ChecklistItem, ItemAnswer> answers = new java.util.EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.of(1)) {
            answers.put(item, ItemAnswer.of(item, ChecklistAnswer.YES));
        }
        AssessmentInput versionOne = new AssessmentInput(AssessmentContext.none(), answers);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> versionOne.inVersion(2))
                .isInstanceOf(org.gouvernail.domain.shared.InvalidInput.class)
                .hasFieldOrPropertyWithValue("code", "missing-items");
        answers.put(ChecklistItem.V18, ItemAnswer.of(ChecklistItem.V18, ChecklistAnswer.YES));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new AssessmentInput(AssessmentContext.none(), answers, 1))
                .isInstanceOf(org.gouvernail.domain.shared.InvalidInput.class)
                .hasFieldOrPropertyWithValue("code", "items-not-in-checklist-version");
    }

    @ParameterizedTest(name = "{0} YES, {1} PARTIAL, {2} NO, the rest not applicable → {3} % {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # yes | partial | no | score | level
            17    | 0       | 0  | 100   | GOOD
            14    | 0       | 3  | 82    | GOOD
            8     | 0       | 2  | 80    | GOOD
            13    | 1       | 3  | 79    | FAIR
            7     | 1       | 2  | 75    | FAIR
            13    | 0       | 4  | 76    | FAIR
            5     | 0       | 5  | 50    | FAIR
            8     | 1       | 8  | 50    | FAIR
            8     | 0       | 9  | 47    | POOR
            4     | 1       | 5  | 45    | POOR
            0     | 17      | 0  | 50    | FAIR
            0     | 0       | 17 | 0     | POOR
            0     | 0       | 0  | 0     | POOR
            """)
    void theScoreIsTheShareOfApplicableItemsAnsweredYesWithPartialCountingHalf(
            int yes, int partial, int no, int score, AssessmentLevel level) {
        AssessmentResult result = VendorChecklist.evaluate(
                new ToolSnapshot(Set.of(DataCategory.PUBLIC), HostingRegion.EU), Checklists.counted(yes, partial, no));

        assertThat(result.score()).isEqualTo(score);
        assertThat(result.applicableItems()).isEqualTo(yes + partial + no);
        assertThat(result.level()).isEqualTo(level);
        assertThat(result.blockingFindings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"100, GOOD", "80, GOOD", "79, FAIR", "50, FAIR", "49, POOR", "0, POOR"})
    void levelThresholds(int score, AssessmentLevel level) {
        assertThat(AssessmentLevel.forScore(score)).isEqualTo(level);
    }

    @Test
    void oneBlockingFindingMakesTheResultBlockedWhateverTheScore() {
        ToolSnapshot tool = new ToolSnapshot(Set.of(DataCategory.INTERNAL, DataCategory.PERSONAL), HostingRegion.EU);

        AssessmentResult result = VendorChecklist.evaluate(
                tool, Checklists.allYesBut(ChecklistItem.V05, ChecklistAnswer.NO, AssessmentContext.none()));

        // 21 of the 22 items of version 2 answered YES.
        assertThat(result.score()).isEqualTo(95);
        assertThat(result.level()).isEqualTo(AssessmentLevel.BLOCKED);
        assertThat(result.blockingFindings())
                .containsExactly(
                        new BlockingFinding(ChecklistItem.V05, ChecklistAnswer.NO, BlockingCondition.PERSONAL_DATA));
    }

    @Test
    void findingsComeInItemOrderEachNamingItsCondition() {
        ToolSnapshot tool = new ToolSnapshot(Set.of(DataCategory.BENEFICIARY_VULNERABLE), HostingRegion.UNITED_STATES);

        AssessmentResult result = VendorChecklist.evaluate(
                tool,
                new AssessmentInput(
                        new AssessmentContext(true, false, true, true, true), Checklists.all(ChecklistAnswer.UNKNOWN)));

        assertThat(result.blockingFindings())
                .extracting(BlockingFinding::item)
                .extracting(Enum::name)
                .containsExactly(
                        "V01", "V02", "V03", "V04", "V05", "V06", "V07", "V08", "V09", "V10", "V11", "V12", "V13",
                        "V14", "V15", "V16", "V18", "V19", "V20");
        assertThat(result.blockingFindings())
                .filteredOn(f -> f.item() == ChecklistItem.V04)
                .singleElement()
                .extracting(BlockingFinding::condition)
                .isEqualTo(BlockingCondition.PERSONAL_DATA_LEAVES_EU);
        assertThat(result.score()).isZero();
    }

    @ParameterizedTest
    @EnumSource(ChecklistAnswer.class)
    void aPublicToolWithoutContextNeverBlocks(ChecklistAnswer answer) {
        AssessmentResult result = VendorChecklist.evaluate(
                new ToolSnapshot(Set.of(), HostingRegion.UNKNOWN),
                new AssessmentInput(AssessmentContext.none(), Checklists.all(answer)));

        assertThat(result.blockingFindings()).isEmpty();
        assertThat(result.level()).isNotEqualTo(AssessmentLevel.BLOCKED);
    }

    private static void assertBlocks(
            ToolSnapshot tool, AssessmentContext context, ChecklistItem item, ChecklistAnswer answer, String expected) {
        List<BlockingFinding> findings = VendorChecklist.evaluate(tool, Checklists.allYesBut(item, answer, context))
                .blockingFindings();
        if ("B".equals(expected)) {
            assertThat(findings)
                    .as("%s answered %s", item, answer)
                    .containsExactly(new BlockingFinding(item, answer, item.condition()));
        } else {
            assertThat(findings).as("%s answered %s", item, answer).isEmpty();
        }
    }

    private static Set<DataCategory> categories(String names) {
        return Arrays.stream(names.trim().split("\\s+"))
                .map(DataCategory::valueOf)
                .collect(Collectors.toSet());
    }

    private static AssessmentContext context(String flags) {
        String f = flags == null ? "" : flags;
        return new AssessmentContext(
                f.contains("H"), f.contains("E"), f.contains("C"), f.contains("P"), f.contains("R"));
    }
}
