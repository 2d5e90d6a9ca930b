package org.gouvernail.domain.inventory.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Read model: what the tool shows of its latest validated assessment, with its age in whole days;
 * older than {@value #STALE_AFTER_MONTHS} months it is stale and the tool needs a new assessment.
 */
public record LatestAssessment(
        AssessmentId id, Instant validatedAt, AssessmentLevel level, int score, long ageDays, boolean stale) {

    public static final int STALE_AFTER_MONTHS = 12;

    public static LatestAssessment of(ValidatedAssessment validated, Instant now) {
        Instant at = validated.validatedAt();
        long age = Math.max(0, Duration.between(at, now).toDays());
        boolean stale = at.atZone(ZoneOffset.UTC)
                .plusMonths(STALE_AFTER_MONTHS)
                .toInstant()
                .isBefore(now);
        return new LatestAssessment(validated.id(), at, validated.level(), validated.score(), age, stale);
    }
}
