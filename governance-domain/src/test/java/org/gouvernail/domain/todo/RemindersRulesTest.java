package org.gouvernail.domain.todo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/** The rules of the reminders: when a date falls due, which period a digest belongs to, how an item reads. */
class RemindersRulesTest {

    @Test
    void aDeadlineOnADayFallsDueAtItsLastSecondInBrussels() {
        LocalDate day = LocalDate.parse("2026-12-10");
        assertThat(Deadlines.endOf(day)).isEqualTo(Instant.parse("2026-12-10T22:59:59Z"));
        assertThat(Deadlines.startOf(day)).isEqualTo(Instant.parse("2026-12-09T23:00:00Z"));
        assertThat(Deadlines.dayOf(Deadlines.endOf(day))).isEqualTo(day);
        // summer time
        assertThat(Deadlines.endOf(LocalDate.parse("2026-07-01"))).isEqualTo(Instant.parse("2026-07-01T21:59:59Z"));
    }

    @Test
    void aDailyDigestBelongsToItsDayAndAWeeklyOneToItsIsoWeekInBrussels() {
        Instant lateSunday = Instant.parse("2026-11-29T23:30:00Z"); // Monday 30 November, 00:30 in Brussels
        assertThat(DigestFrequency.DAILY.periodAt(lateSunday)).contains("2026-11-30");
        assertThat(DigestFrequency.WEEKLY.periodAt(lateSunday)).contains("2026-W49");
        assertThat(DigestFrequency.WEEKLY.periodAt(Instant.parse("2026-12-06T12:00:00Z")))
                .as("the same week until Sunday")
                .contains("2026-W49");
        assertThat(DigestFrequency.WEEKLY.periodAt(Instant.parse("2027-01-01T12:00:00Z")))
                .as("ISO week-based year")
                .contains("2026-W53");
        assertThat(DigestFrequency.NONE.periodAt(lateSunday)).isEmpty();
    }

    @Test
    void unsubscribingStopsDigestAndRemindersButKeepsTheLanguageAndToken() {
        NotificationPreferences chosen = NotificationPreferences.byDefault("sub", Language.NL, "token")
                .with(DigestFrequency.DAILY, Language.NL, true);
        NotificationPreferences stopped = chosen.unsubscribed();
        assertThat(stopped.digest()).isEqualTo(DigestFrequency.NONE);
        assertThat(stopped.immediateReminders()).isFalse();
        assertThat(stopped.language()).isEqualTo(Language.NL);
        assertThat(stopped.unsubscribeToken()).isEqualTo("token");
    }

    @Test
    void anItemReadsAsWhatIsAskedAndItsTitleInEachLanguage() {
        DueItem review = new DueItem(
                new OrganisationId(UUID.randomUUID()),
                "risk.review",
                "RISK",
                UUID.randomUUID(),
                "Fuite de données",
                null,
                Assignee.member(new MemberId(UUID.randomUUID())),
                "/api/v1/organisations/x/risks/y");
        assertThat(Kinds.describe(review, Language.FR)).isEqualTo("Revoir le risque « Fuite de données »");
        assertThat(Kinds.describe(review, Language.EN)).isEqualTo("Review the risk « Fuite de données »");
        assertThat(Kinds.describe(review, Language.NL)).isEqualTo("Het risico herzien « Fuite de données »");
        assertThat(Kinds.asked("training.follow", Language.EN))
                .as("a kind an area adds before its words")
                .isEqualTo("To do");
    }
}
