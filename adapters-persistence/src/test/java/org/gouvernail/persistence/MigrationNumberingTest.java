package org.gouvernail.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Flyway numbering rule of docs/adr/0011: one global sequence. The migrations numbered in
 * per-area ranges before it are frozen; every later one continues the sequence from V100 on, without
 * gaps, so that no range can come back and no migration is ever numbered below an applied one
 * (Flyway refuses those: outOfOrder is false).
 */
class MigrationNumberingTest {

    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");
    private static final int FIRST_OF_THE_SEQUENCE = 100;
    /** Applied in every database since the per-area ranges: never renamed, renumbered nor removed. */
    private static final Set<String> NUMBERED_BY_AREA = Set.of(
            "V1__create_organisation.sql",
            "V2__create_membership.sql",
            "V3__create_membership_role.sql",
            "V4__create_ai_tool.sql",
            "V5__create_ai_tool_data_category.sql",
            "V6__create_ai_tool_team.sql",
            "V7__create_audit_event.sql",
            "V8__create_vendor_assessment.sql",
            "V9__create_vendor_assessment_answer.sql",
            "V10__create_vendor_assessment_data_category.sql",
            "V20__create_risk.sql",
            "V21__create_risk_tool.sql",
            "V22__create_risk_action.sql",
            "V40__create_use_case.sql",
            "V41__create_use_case_tool.sql",
            "V60__create_committee.sql",
            "V61__create_committee_member.sql",
            "V62__create_meeting.sql",
            "V63__create_meeting_attendee.sql",
            "V64__create_meeting_agenda_item.sql",
            "V65__create_approval_request.sql",
            "V66__create_decision.sql",
            "V67__add_approval_request_decision_fk.sql",
            "V68__add_risk_accepted_by_decision.sql",
            "V69__add_meeting_agenda_item_policy_version.sql",
            "V80__create_policy.sql",
            "V81__create_policy_version.sql",
            "V82__create_usage_rule.sql",
            "V83__create_policy_acknowledgement.sql",
            "V90__create_idempotency_record.sql");

    @Test
    void everyMigrationIsNamedVersionTwoUnderscoresAndSnakeCase() throws Exception {
        assertThat(migrations()).allSatisfy(name -> assertThat(name).matches(NAME));
    }

    @Test
    void noTwoMigrationsShareAVersion() throws Exception {
        Map<Integer, List<String>> byVersion = migrations().stream()
                .filter(name -> NAME.matcher(name).matches())
                .collect(Collectors.groupingBy(MigrationNumberingTest::version));
        assertThat(byVersion)
                .allSatisfy(
                        (version, names) -> assertThat(names).as("V" + version).hasSize(1));
    }

    @Test
    void theMigrationsNumberedByAreaStayAsTheyWereApplied() throws Exception {
        assertThat(migrations()).containsAll(NUMBERED_BY_AREA);
    }

    @Test
    void everyLaterMigrationContinuesTheOneSequenceFromV100WithoutGaps() throws Exception {
        List<Integer> later = migrations().stream()
                .filter(name -> !NUMBERED_BY_AREA.contains(name))
                .filter(name -> NAME.matcher(name).matches())
                .map(MigrationNumberingTest::version)
                .sorted()
                .toList();

        assertThat(later)
                .as("versions of the migrations added after V90, in order")
                .containsExactlyElementsOf(IntStream.range(FIRST_OF_THE_SEQUENCE, FIRST_OF_THE_SEQUENCE + later.size())
                        .boxed()
                        .toList());
    }

    private static int version(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(name);
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** The SQL files Flyway reads (classpath:db/migration); the README beside them is not one. */
    private static List<String> migrations() throws IOException, URISyntaxException {
        Path folder = Path.of(MigrationNumberingTest.class
                .getClassLoader()
                .getResource("db/migration")
                .toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::getFileName)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".sql"))
                    .sorted()
                    .toList();
        }
    }
}
