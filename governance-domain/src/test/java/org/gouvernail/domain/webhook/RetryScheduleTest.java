package org.gouvernail.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void theDefaultScheduleGrowsFourfoldUpToTwelveHoursOverAboutADay() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;
        assertThat(schedule.nominalWait(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.nominalWait(2)).isEqualTo(Duration.ofSeconds(40));
        assertThat(schedule.nominalWait(3)).isEqualTo(Duration.ofSeconds(160));
        assertThat(schedule.nominalWait(8)).isEqualTo(Duration.ofHours(12));
        assertThat(schedule.span()).isBetween(Duration.ofHours(24), Duration.ofHours(30));
    }

    @Test
    void jitterStaysWithinTwentyPerCent() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;
        assertThat(schedule.next(2, NOW, () -> 0.0, null)).contains(NOW.plusSeconds(32));
        assertThat(schedule.next(2, NOW, () -> 0.999999, null).orElseThrow())
                .isBetween(NOW.plusSeconds(47), NOW.plusSeconds(48));
    }

    @Test
    void afterTheLastAttemptThereIsNoOther() {
        assertThat(RetrySchedule.DEFAULT.next(9, NOW, () -> 0.5, null)).isEmpty();
        assertThat(RetrySchedule.DEFAULT.next(8, NOW, () -> 0.5, null)).isPresent();
    }

    @Test
    void aLongerRetryAfterIsHonouredButNotBeyondTheLongestWait() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;
        assertThat(schedule.next(1, NOW, () -> 0.5, Duration.ofMinutes(5))).contains(NOW.plusSeconds(300));
        assertThat(schedule.next(1, NOW, () -> 0.5, Duration.ofSeconds(1))).contains(NOW.plusSeconds(10));
        assertThat(schedule.next(1, NOW, () -> 0.5, Duration.ofDays(3))).contains(NOW.plus(Duration.ofHours(12)));
    }
}
