package org.gouvernail.domain.feedback.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.feedback.FeedbackDigest;
import org.gouvernail.domain.feedback.FeedbackFilter;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.FollowUpKind;
import org.gouvernail.domain.feedback.RunningDeadline;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the stored feedback items of one organisation, each with its conversation. */
public interface FeedbackItems {

    void add(FeedbackItem item);

    Optional<FeedbackItem> find(OrganisationId organisationId, FeedbackItemId id);

    /** The item whose receipt has this hash. */
    Optional<FeedbackItem> findByReceipt(OrganisationId organisationId, String receiptHash);

    /** Saves a changed item; fails with StaleVersion if it changed since it was read. */
    FeedbackItem update(FeedbackItem item);

    /**
     * What the handlers see on {@code today}, in id order (random ids: no order of arrival): every
     * item but the anonymous ones received today, which wait for the next release boundary.
     */
    Page<FeedbackItem> released(
            OrganisationId organisationId, FeedbackFilter filter, LocalDate today, PageRequest page);

    /**
     * The running deadlines of the open items of these organisations due on or before {@code until},
     * soonest first, at most {@code limit}, in one statement; an anonymous item counts from its
     * release (the day after {@code receivedOn}), as it shows to the handlers.
     */
    List<RunningDeadline> deadlines(
            Collection<OrganisationId> organisations, LocalDate until, LocalDate today, int limit);

    /** Items with a follow-up of this kind on this target (and version, when given), at most {@code limit}, in id order. */
    List<FeedbackItem> linkedTo(
            OrganisationId organisationId, FollowUpKind kind, UUID targetId, Integer version, int limit);

    /**
     * What the digest reads of the items received from {@code from} to {@code to} (inclusive) and
     * released on {@code today}: kind, status, the text of those whose reporter consented to be quoted,
     * and the follow-ups; two statements, whatever the number of items.
     */
    List<FeedbackDigest.Row> digestRows(OrganisationId organisationId, LocalDate from, LocalDate to, LocalDate today);

    /** The items a member wrote under their identity (identified or confidential). */
    Page<FeedbackItem> writtenBy(OrganisationId organisationId, MemberId author, PageRequest page);
}
