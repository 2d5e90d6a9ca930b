package org.gouvernail.domain.inventory.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatestAssessmentTest {

    private static final ValidatedAssessment VALIDATED = new ValidatedAssessment(
            new AssessmentId(UUID.randomUUID()),
            new ToolId(UUID.randomUUID()),
            Instant.parse("2025-03-01T09:00:00Z"),
            AssessmentLevel.FAIR,
            64);

    @ParameterizedTest(name = "read at {0}: {1} days old, stale {2}")
    @CsvSource({
        "2025-03-01T09:00:00Z, 0, false",
        "2025-03-02T08:59:59Z, 0, false",
        "2025-09-01T09:00:00Z, 184, false",
        "2026-03-01T09:00:00Z, 365, false",
        "2026-03-01T09:00:01Z, 365, true",
        "2027-03-01T09:00:00Z, 730, true"
    })
    void anAssessmentOlderThanTwelveMonthsIsStale(Instant now, long ageDays, boolean stale) {
        LatestAssessment latest = LatestAssessment.of(VALIDATED, now);

        assertThat(latest.ageDays()).isEqualTo(ageDays);
        assertThat(latest.stale()).isEqualTo(stale);
        assertThat(latest.level()).isEqualTo(AssessmentLevel.FAIR);
        assertThat(latest.score()).isEqualTo(64);
    }
}
