package org.gouvernail.domain.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: one feedback item and its conversation with the handlers. Its rules:
 * <ul>
 * <li>an ANONYMOUS item has no author and no time finer than the day; it reaches the handlers at
 * the next release boundary (the next midnight UTC), with every other item of its day, not at the
 * instant it was written;</li>
 * <li>it must be acknowledged within {@value #ACKNOWLEDGE_DAYS} days of receipt and answered within
 * {@value #ANSWER_MONTHS} months of the acknowledgement (or of the end of those days when none was
 * sent): Belgian whistleblowing law of 28 Nov 2022, Directive (EU) 2019/1937 art. 9(1)(b),(f);</li>
 * <li>the status moves only as {@link FeedbackStatus} allows; closing needs an answer to the
 * reporter, dismissing a reason;</li>
 * <li>a receipt, when the reporter asked for one, is kept only as its slow hash;</li>
 * <li>{@code quoteConsent}: the reporter agreed, on submission, that the text be quoted (without
 * any identity) in the "you said, we did" digest; false unless given.</li>
 * </ul>
 */
public record FeedbackItem(
        FeedbackItemId id,
        OrganisationId organisationId,
        FeedbackKind kind,
        About about,
        String text,
        Channel channel,
        boolean quoteConsent,
        IdentityMode identityMode,
        MemberId author,
        LocalDate receivedOn,
        FeedbackStatus status,
        LocalDate acknowledgedOn,
        LocalDate settledOn,
        String answer,
        String dismissReason,
        String receiptHash,
        List<FeedbackMessage> messages,
        List<FollowUp> followUps,
        long version) {

    public static final int ACKNOWLEDGE_DAYS = 7;
    public static final int ANSWER_MONTHS = 3;
    public static final int MAX_MESSAGES = 100;
    public static final int MAX_FOLLOW_UPS = 20;

    public FeedbackItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(identityMode, "identityMode");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(status, "status");
        messages = messages == null ? List.of() : List.copyOf(messages);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        if (identityMode == IdentityMode.ANONYMOUS && author != null) {
            throw new IllegalArgumentException("an anonymous item has no author");
        }
        if (identityMode != IdentityMode.ANONYMOUS && author == null) {
            throw new IllegalArgumentException("an identified or confidential item has its author");
        }
    }

    /** An item written by a member who gives their identity (IDENTIFIED or CONFIDENTIAL). */
    public static FeedbackItem submit(
            FeedbackItemId id,
            OrganisationId organisationId,
            FeedbackDraft draft,
            IdentityMode mode,
            MemberId author,
            LocalDate today) {
        if (mode == IdentityMode.ANONYMOUS) {
            throw new IllegalArgumentException("anonymous items are submitted with submitAnonymously");
        }
        return new FeedbackItem(
                id,
                organisationId,
                draft.kind(),
                draft.about(),
                draft.text(),
                draft.channel(),
                draft.quoteConsent(),
                mode,
                Objects.requireNonNull(author, "author"),
                today,
                FeedbackStatus.RECEIVED,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                0);
    }

    /** An item with no author; {@code receiptHash} is null when the reporter wanted no receipt. */
    public static FeedbackItem submitAnonymously(
            FeedbackItemId id,
            OrganisationId organisationId,
            FeedbackDraft draft,
            String receiptHash,
            LocalDate today) {
        return new FeedbackItem(
                id,
                organisationId,
                draft.kind(),
                draft.about(),
                draft.text(),
                draft.channel(),
                draft.quoteConsent(),
                IdentityMode.ANONYMOUS,
                null,
                today,
                FeedbackStatus.RECEIVED,
                null,
                null,
                null,
                null,
                receiptHash,
                List.of(),
                List.of(),
                0);
    }

    public LocalDate acknowledgeBy() {
        return receivedOn.plusDays(ACKNOWLEDGE_DAYS);
    }

    /** Three months from the acknowledgement, or from the end of the 7 days when none was sent in time. */
    public LocalDate answerBy() {
        LocalDate start =
                acknowledgedOn != null && !acknowledgedOn.isAfter(acknowledgeBy()) ? acknowledgedOn : acknowledgeBy();
        return start.plusMonths(ANSWER_MONTHS);
    }

    /** The deadline that runs now: acknowledge while RECEIVED, answer while open afterwards, none once settled. */
    public Optional<LocalDate> nextDeadline() {
        if (!status.open()) {
            return Optional.empty();
        }
        return Optional.of(status == FeedbackStatus.RECEIVED ? acknowledgeBy() : answerBy());
    }

    public boolean lateOn(LocalDate today) {
        return nextDeadline().map(deadline -> deadline.isBefore(today)).orElse(false);
    }

    /**
     * Whether the handlers see it on {@code today}: an anonymous item from the next day on (the
     * release boundary), every other item at once.
     */
    public boolean releasedOn(LocalDate today) {
        return identityMode != IdentityMode.ANONYMOUS || today.isAfter(receivedOn);
    }

    public boolean writtenBy(MemberId member) {
        return author != null && author.equals(member);
    }

    public FeedbackItem acknowledge(LocalDate today) {
        return moved(FeedbackStatus.ACKNOWLEDGED, today, answer, dismissReason);
    }

    public FeedbackItem triage(LocalDate today) {
        return moved(FeedbackStatus.TRIAGED, today, answer, dismissReason);
    }

    public FeedbackItem planAction(LocalDate today) {
        return moved(FeedbackStatus.ACTION_PLANNED, today, answer, dismissReason);
    }

    /** Closes the item with the answer the reporter reads. */
    public FeedbackItem close(String answerToReporter, LocalDate today) {
        String checked = Check.text("answer", Check.present("answer", answerToReporter), Check.SHORT_TEXT_LENGTH);
        return moved(FeedbackStatus.CLOSED, today, checked, dismissReason);
    }

    public FeedbackItem dismiss(String reason, LocalDate today) {
        String checked = Check.text("reason", Check.present("reason", reason), Check.SHORT_TEXT_LENGTH);
        return moved(FeedbackStatus.DISMISSED, today, answer, checked);
    }

    public FeedbackItem addMessage(FeedbackMessage message) {
        if (!status.open()) {
            throw new RuleViolation(
                    "feedback-settled", "the item is " + status + ": its conversation is closed", status);
        }
        if (messages.size() >= MAX_MESSAGES) {
            throw new RuleViolation(
                    "feedback-message-limit", "an item holds at most " + MAX_MESSAGES + " messages", MAX_MESSAGES);
        }
        List<FeedbackMessage> changed = new ArrayList<>(messages);
        changed.add(message);
        return new FeedbackItem(
                id,
                organisationId,
                kind,
                about,
                text,
                channel,
                quoteConsent,
                identityMode,
                author,
                receivedOn,
                status,
                acknowledgedOn,
                settledOn,
                answer,
                dismissReason,
                receiptHash,
                changed,
                followUps,
                version);
    }

    /** Links what the item caused; a dismissed item caused nothing. */
    public FeedbackItem addFollowUp(FollowUp followUp) {
        if (status == FeedbackStatus.DISMISSED) {
            throw new RuleViolation("feedback-settled", "the item is " + status + ": it calls for no action", status);
        }
        if (followUps.size() >= MAX_FOLLOW_UPS) {
            throw new RuleViolation(
                    "feedback-follow-up-limit",
                    "an item has at most " + MAX_FOLLOW_UPS + " follow-ups",
                    MAX_FOLLOW_UPS);
        }
        List<FollowUp> changed = new ArrayList<>(followUps);
        changed.add(followUp);
        return new FeedbackItem(
                id,
                organisationId,
                kind,
                about,
                text,
                channel,
                quoteConsent,
                identityMode,
                author,
                receivedOn,
                status,
                acknowledgedOn,
                settledOn,
                answer,
                dismissReason,
                receiptHash,
                messages,
                changed,
                version);
    }

    private FeedbackItem moved(FeedbackStatus target, LocalDate today, String newAnswer, String newReason) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolation(
                    "feedback-transition-refused",
                    "a feedback item " + status + " cannot become " + target,
                    status,
                    target);
        }
        LocalDate acknowledged = target == FeedbackStatus.ACKNOWLEDGED ? today : acknowledgedOn;
        LocalDate settled = target.open() ? null : today;
        return new FeedbackItem(
                id,
                organisationId,
                kind,
                about,
                text,
                channel,
                quoteConsent,
                identityMode,
                author,
                receivedOn,
                target,
                acknowledged,
                settled,
                newAnswer,
                newReason,
                receiptHash,
                messages,
                followUps,
                version);
    }
}
