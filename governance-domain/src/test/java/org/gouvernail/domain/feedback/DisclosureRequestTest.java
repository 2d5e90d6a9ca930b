package org.gouvernail.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class DisclosureRequestTest {

    private static final OrganisationId ORGANISATION = new OrganisationId(UUID.randomUUID());
    private static final MemberId AUTHOR = new MemberId(UUID.randomUUID());
    private static final MemberId GOVERNOR = new MemberId(UUID.randomUUID());
    private static final MemberId CUSTODIAN = new MemberId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private static FeedbackItem item(IdentityMode mode) {
        return FeedbackItem.submit(
                FeedbackItemId.random(),
                ORGANISATION,
                new FeedbackDraft(FeedbackKind.CONCERN, null, "Un outil non validé", null),
                mode,
                AUTHOR,
                LocalDate.parse("2026-11-30"));
    }

    private static DisclosureRequest filed() {
        return DisclosureRequest.file(
                DisclosureRequestId.random(), item(IdentityMode.CONFIDENTIAL), GOVERNOR, "Audition", NOW);
    }

    @Test
    void onlyAConfidentialItemHasAnIdentityToDisclose() {
        assertThatThrownBy(() -> DisclosureRequest.file(
                        DisclosureRequestId.random(), item(IdentityMode.IDENTIFIED), GOVERNOR, "Audition", NOW))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "feedback-disclosure-not-confidential");
        assertThatThrownBy(() -> DisclosureRequest.file(
                        DisclosureRequestId.random(), item(IdentityMode.CONFIDENTIAL), GOVERNOR, " ", NOW))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void onlyAGrantedRequestShowsTheIdentityAndOnlyToItsRequester() {
        DisclosureRequest request = filed();
        assertThat(request.grantsTo(GOVERNOR)).isFalse();
        DisclosureRequest granted = request.decide(CUSTODIAN, DisclosureOutcome.GRANTED, "Base légale", NOW);
        assertThat(granted.grantsTo(GOVERNOR)).isTrue();
        assertThat(granted.grantsTo(CUSTODIAN)).isFalse();
        assertThat(granted.decidedBy()).isEqualTo(CUSTODIAN);
        assertThat(granted.decidedAt()).isEqualTo(NOW);
        assertThat(filed().decide(CUSTODIAN, DisclosureOutcome.REFUSED, "Inutile", NOW)
                        .grantsTo(GOVERNOR))
                .isFalse();
    }

    @Test
    void itIsDecidedOnceNeverByItsRequesterAndWithAReason() {
        DisclosureRequest request = filed();
        assertThatThrownBy(() -> request.decide(GOVERNOR, DisclosureOutcome.GRANTED, "Moi", NOW))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "feedback-disclosure-own-request");
        assertThatThrownBy(() -> request.decide(CUSTODIAN, DisclosureOutcome.GRANTED, null, NOW))
                .isInstanceOf(InvalidInput.class);
        DisclosureRequest refused = request.decide(CUSTODIAN, DisclosureOutcome.REFUSED, "Inutile", NOW);
        assertThatThrownBy(() -> refused.decide(CUSTODIAN, DisclosureOutcome.GRANTED, "Finalement", NOW))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "feedback-disclosure-decided");
    }
}
