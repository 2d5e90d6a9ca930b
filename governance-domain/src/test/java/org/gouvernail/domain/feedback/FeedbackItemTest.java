package org.gouvernail.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class FeedbackItemTest {

    private static final OrganisationId ORGANISATION = new OrganisationId(UUID.randomUUID());
    private static final MemberId AUTHOR = new MemberId(UUID.randomUUID());
    private static final MemberId HANDLER = new MemberId(UUID.randomUUID());
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-30");

    private static FeedbackDraft concern() {
        return new FeedbackDraft(FeedbackKind.CONCERN, null, "Des noms de bénéficiaires dans un outil gratuit", null);
    }

    private static FeedbackItem identified() {
        return FeedbackItem.submit(
                FeedbackItemId.random(), ORGANISATION, concern(), IdentityMode.IDENTIFIED, AUTHOR, MONDAY);
    }

    private static FeedbackItem anonymous() {
        return FeedbackItem.submitAnonymously(FeedbackItemId.random(), ORGANISATION, concern(), null, MONDAY);
    }

    @Test
    void anItemIsAcknowledgedWithinSevenDaysAndAnsweredWithinThreeMonthsOfTheAcknowledgement() {
        FeedbackItem item = identified();
        assertThat(item.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(item.nextDeadline()).contains(LocalDate.parse("2026-12-07"));
        assertThat(item.lateOn(LocalDate.parse("2026-12-07"))).isFalse();
        assertThat(item.lateOn(LocalDate.parse("2026-12-08"))).isTrue();

        FeedbackItem acknowledged = item.acknowledge(LocalDate.parse("2026-12-02"));
        assertThat(acknowledged.nextDeadline()).contains(LocalDate.parse("2027-03-02"));
        assertThat(acknowledged.acknowledgedOn()).isEqualTo(LocalDate.parse("2026-12-02"));
    }

    @Test
    void aLateAcknowledgementDoesNotPushTheAnswerDeadlineBack() {
        FeedbackItem acknowledged = identified().acknowledge(LocalDate.parse("2026-12-20"));
        assertThat(acknowledged.answerBy()).isEqualTo(LocalDate.parse("2027-03-07"));
    }

    @Test
    void theSevenDayDutyIsNeverSkippedAndSettledItemsStaySettled() {
        FeedbackItem item = identified();
        assertThatThrownBy(() -> item.triage(MONDAY)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> item.close("Réponse", MONDAY)).isInstanceOf(RuleViolation.class);
        FeedbackItem closed = item.acknowledge(MONDAY).planAction(MONDAY).close("Réponse", MONDAY);
        assertThat(closed.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(closed.settledOn()).isEqualTo(MONDAY);
        assertThat(closed.nextDeadline()).isEmpty();
        assertThat(closed.lateOn(MONDAY.plusYears(1))).isFalse();
        assertThatThrownBy(() -> closed.dismiss("non", MONDAY)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> closed.addMessage(new FeedbackMessage(MessageAuthor.REPORTER, null, "Merci", MONDAY)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("CLOSED");
    }

    @Test
    void closingNeedsAnAnswerAndDismissingAReason() {
        FeedbackItem acknowledged = identified().acknowledge(MONDAY);
        assertThatThrownBy(() -> acknowledged.close(" ", MONDAY)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> identified().dismiss(null, MONDAY)).isInstanceOf(InvalidInput.class);
        assertThat(identified().dismiss("Hors sujet", MONDAY).status()).isEqualTo(FeedbackStatus.DISMISSED);
    }

    @Test
    void anAnonymousItemHasNoAuthorAndReachesTheHandlersTheNextDay() {
        FeedbackItem item = anonymous();
        assertThat(item.author()).isNull();
        assertThat(item.id().value().version()).isEqualTo(4);
        assertThat(item.releasedOn(MONDAY)).isFalse();
        assertThat(item.releasedOn(MONDAY.plusDays(1))).isTrue();
        assertThat(identified().releasedOn(MONDAY)).isTrue();
        assertThatThrownBy(() -> new FeedbackItem(
                        item.id(),
                        ORGANISATION,
                        item.kind(),
                        item.about(),
                        item.text(),
                        item.channel(),
                        false,
                        IdentityMode.ANONYMOUS,
                        AUTHOR,
                        MONDAY,
                        FeedbackStatus.RECEIVED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHandlersMessageNamesItsHandlerAReportersNobody() {
        FeedbackItem item = anonymous()
                .addMessage(new FeedbackMessage(MessageAuthor.HANDLER, HANDLER, "Pouvez-vous préciser ?", MONDAY))
                .addMessage(new FeedbackMessage(MessageAuthor.REPORTER, AUTHOR, "Le service social", MONDAY));
        assertThat(item.messages()).extracting(FeedbackMessage::handler).containsExactly(HANDLER, null);
    }

    @Test
    void aFollowUpCitesTheItemByIdAndKindAndADismissedItemCausesNothing() {
        FeedbackItem item = identified();
        UUID policy = UUID.randomUUID();
        FollowUp revision = new FollowUp(
                FollowUpKind.POLICY_REVISION,
                policy,
                2,
                FollowUp.changeNote(item, "interdire les comptes gratuits"),
                MONDAY);
        assertThat(revision.note())
                .isEqualTo("feedback " + item.id() + " (CONCERN): interdire les comptes gratuits")
                .doesNotContain(item.text());
        assertThat(item.addFollowUp(revision).followUps()).singleElement().matches(f -> f.revises(policy, 2));
        FeedbackItem dismissed = item.dismiss("Hors sujet", MONDAY);
        assertThatThrownBy(() -> dismissed.addFollowUp(revision)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aPolicyRuleIsNamedByPolicyAndVersionAndNothingNamesNothing() {
        UUID policy = UUID.randomUUID();
        assertThat(new About(AboutKind.POLICY_RULE, policy, 2, "TOOL:" + policy).policyVersion())
                .isEqualTo(2);
        assertThatThrownBy(() -> new About(AboutKind.POLICY_RULE, policy, null, null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new About(AboutKind.TOOL, null, null, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new About(AboutKind.TOOL, policy, 1, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new About(AboutKind.NOTHING, policy, null, null))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aReceiptIsSixteenDigitsTypedWithOrWithoutSpacesAndNeverPrinted() {
        Receipt receipt = Receipt.random();
        assertThat(receipt.digits()).matches("[0-9]{16}");
        assertThat(receipt.toString()).doesNotContain(receipt.digits());
        assertThat(Receipt.typed("4821 0937-5566.1208").digits()).isEqualTo("4821093755661208");
        assertThatThrownBy(() -> Receipt.typed("4821")).isInstanceOf(InvalidInput.class);
    }
}
