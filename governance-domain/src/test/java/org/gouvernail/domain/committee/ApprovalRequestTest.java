package org.gouvernail.domain.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.committee.Committees.NOW;
import static org.gouvernail.domain.committee.Committees.ORGANISATION;
import static org.gouvernail.domain.committee.Committees.RECORDER;

import java.util.UUID;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApprovalRequestTest {

    static ApprovalRequest pending() {
        return ApprovalRequest.submit(
                new RequestId(UUID.randomUUID()),
                ORGANISATION,
                RequestKind.NEW_TOOL,
                null,
                "DeepL Pro",
                null,
                RECORDER,
                NOW);
    }

    @ParameterizedTest(name = "decided {0}: {1}")
    @CsvSource({"APPROVED, DECIDED", "APPROVED_WITH_CONDITIONS, DECIDED", "REJECTED, DECIDED", "DEFERRED, PENDING"})
    void aDecisionSettlesTheRequestUnlessDeferred(DecisionOutcome outcome, RequestStatus expected) {
        DecisionId decision = new DecisionId(UUID.randomUUID());

        ApprovalRequest decided = pending().decide(decision, outcome);

        assertThat(decided.status()).isEqualTo(expected);
        assertThat(decided.outcome()).isEqualTo(outcome);
        assertThat(decided.decisionId()).isEqualTo(decision);
    }

    @Test
    void onlyAPendingRequestIsWithdrawnOrDecided() {
        ApprovalRequest withdrawn = pending().withdraw();

        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThatThrownBy(withdrawn::withdraw)
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("request-not-pending");
        assertThatThrownBy(() -> withdrawn.decide(new DecisionId(UUID.randomUUID()), DecisionOutcome.APPROVED))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aRequestAboutARegisteredToolNamesIt() {
        assertThatThrownBy(() -> ApprovalRequest.submit(
                        new RequestId(UUID.randomUUID()),
                        ORGANISATION,
                        RequestKind.TOOL,
                        null,
                        "ChatGPT",
                        null,
                        RECORDER,
                        NOW))
                .isInstanceOf(InvalidInput.class);
    }
}
