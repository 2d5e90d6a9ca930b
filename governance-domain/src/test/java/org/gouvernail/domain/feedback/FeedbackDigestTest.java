package org.gouvernail.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeedbackDigestTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final UUID POLICY = UUID.randomUUID();

    private static FeedbackDigest.Row row(
            FeedbackKind kind, FeedbackStatus status, String quotable, FollowUp... followUps) {
        return new FeedbackDigest.Row(FeedbackItemId.random(), kind, status, quotable, List.of(followUps));
    }

    private static FollowUp revision(int version) {
        return new FollowUp(FollowUpKind.POLICY_REVISION, POLICY, version, "note", DAY);
    }

    private static FollowUp risk() {
        return new FollowUp(FollowUpKind.RISK, UUID.randomUUID(), null, "note", DAY);
    }

    @Test
    void countsByKindOutcomeAndFollowUpAndQuotesOnlyTheConsenting() {
        FeedbackDigest digest = FeedbackDigest.of(
                DAY,
                DAY.plusDays(30),
                List.of(
                        row(
                                FeedbackKind.CONCERN,
                                FeedbackStatus.ACTION_PLANNED,
                                "On colle des notes dans ChatGPT",
                                revision(2),
                                risk()),
                        row(FeedbackKind.CONCERN, FeedbackStatus.CLOSED, null, revision(2)),
                        row(FeedbackKind.SUGGESTION, FeedbackStatus.ACKNOWLEDGED, null),
                        row(FeedbackKind.QUESTION, FeedbackStatus.RECEIVED, "Peut-on traduire ?"),
                        row(FeedbackKind.ERROR_REPORT, FeedbackStatus.DISMISSED, null)));

        assertThat(digest.received()).isEqualTo(5);
        assertThat(digest.byKind())
                .containsEntry(FeedbackKind.CONCERN, 2)
                .containsEntry(FeedbackKind.SUGGESTION, 1)
                .containsEntry(FeedbackKind.SUCCESS_STORY, 0);
        assertThat(digest.byOutcome())
                .containsEntry(DigestOutcome.ACTED_ON, 2)
                .containsEntry(DigestOutcome.ACKNOWLEDGED, 1)
                .containsEntry(DigestOutcome.RECEIVED, 1)
                .containsEntry(DigestOutcome.DISMISSED, 1);
        assertThat(digest.actedOnWith())
                .containsEntry(FollowUpKind.POLICY_REVISION, 2)
                .containsEntry(FollowUpKind.RISK, 1)
                .containsEntry(FollowUpKind.TRAINING_NEED, 0);
        assertThat(digest.policyVersions()).containsExactly(new FeedbackDigest.Revision(POLICY, 2, 2));
        assertThat(digest.quotes())
                .extracting(FeedbackDigest.Quote::text)
                .containsExactlyInAnyOrder("On colle des notes dans ChatGPT", "Peut-on traduire ?");
        assertThat(digest.quotes())
                .filteredOn(quote -> quote.kind() == FeedbackKind.CONCERN)
                .singleElement()
                .satisfies(quote -> {
                    assertThat(quote.outcome()).isEqualTo(DigestOutcome.ACTED_ON);
                    assertThat(quote.actedOnWith()).isEqualTo(Set.of(FollowUpKind.POLICY_REVISION, FollowUpKind.RISK));
                });
        assertThat(digest.quotesTruncated()).isFalse();
    }

    @Test
    void quotesStopAtFiftyAndSaySo() {
        List<FeedbackDigest.Row> rows = new ArrayList<>();
        for (int i = 0; i < FeedbackDigest.MAX_QUOTES + 1; i++) {
            rows.add(row(FeedbackKind.SUCCESS_STORY, FeedbackStatus.CLOSED, "Merci " + i));
        }
        FeedbackDigest digest = FeedbackDigest.of(DAY, DAY, rows);
        assertThat(digest.quotes()).hasSize(FeedbackDigest.MAX_QUOTES);
        assertThat(digest.quotesTruncated()).isTrue();
        assertThat(digest.byKind()).containsEntry(FeedbackKind.SUCCESS_STORY, FeedbackDigest.MAX_QUOTES + 1);
    }

    @Test
    void aDraftGivesNoConsentUnlessAsked() {
        assertThat(new FeedbackDraft(FeedbackKind.QUESTION, null, "Question", null).quoteConsent())
                .isFalse();
        assertThat(new FeedbackDraft(FeedbackKind.QUESTION, null, "Question", null, true).quoteConsent())
                .isTrue();
    }
}
