package org.gouvernail.app.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.committee.AgendaItem;
import org.gouvernail.domain.committee.CommitteeEvent.MeetingUpdated;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.review.DueReview;
import org.gouvernail.domain.review.DueSubject;
import org.gouvernail.domain.review.Review;
import org.gouvernail.domain.review.ReviewCadence;
import org.gouvernail.domain.review.ReviewEvent.ReviewProposed;
import org.gouvernail.domain.review.ReviewEvent.ReviewSettingsChanged;
import org.gouvernail.domain.review.ReviewId;
import org.gouvernail.domain.review.ReviewSettings;
import org.gouvernail.domain.review.port.in.ReviewCycle;
import org.gouvernail.domain.review.port.out.ReviewSubjects;
import org.gouvernail.domain.review.port.out.Reviews;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Use case service: the review cycle, one transaction per call. The due rules (ReviewSubjects) give
 * the candidates; the ledger's latest review of each subject removes those the committee reviewed
 * with a next review still to come. Proposing an agenda adds one item per due subject not yet on it,
 * opening a review for it (or carrying its open review over); a decision on subject REVIEW closes it
 * ({@link ReviewDecisions}).
 */
@ApplicationScoped
public class ReviewCycleService implements ReviewCycle {

    /** How many candidates each due rule gives at most, and how many due subjects a call shows at most. */
    static final int RULE_LIMIT = 200;

    private final Reviews reviews;
    private final ReviewSubjects subjects;
    private final Meetings meetings;
    private final Organisations organisations;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public ReviewCycleService(
            Reviews reviews,
            ReviewSubjects subjects,
            Meetings meetings,
            Organisations organisations,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.reviews = reviews;
        this.subjects = subjects;
        this.meetings = meetings;
        this.organisations = organisations;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReviewSettings settings(Caller caller, OrganisationId organisationId) {
        access.member(caller, organisationId);
        return current(organisationId);
    }

    @Override
    @Transactional
    public ReviewSettings configure(
            Caller caller,
            OrganisationId organisationId,
            long expectedVersion,
            ReviewCadence cadence,
            int leadTimeDays) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "configure-reviews");
        ReviewSettings before = current(organisationId);
        StaleVersion.check("review-settings", before.version(), expectedVersion);
        ReviewSettings saved =
                reviews.saveSettings(organisationId, new ReviewSettings(cadence, leadTimeDays, true, before.version()));
        auditor.record(caller, new ReviewSettingsChanged(organisationId, before, saved));
        return saved;
    }

    @Override
    @Transactional
    public Due due(Caller caller, OrganisationId organisationId, LocalDate until, int limit) {
        access.member(caller, organisationId);
        ReviewSettings settings = current(organisationId);
        LocalDate day = until == null ? today().plusDays(settings.leadTimeDays()) : until;
        List<DueReview> due = dueOn(organisationId, day);
        int shown = Math.max(1, Math.min(limit, RULE_LIMIT));
        return new Due(day, settings, due.stream().limit(shown).toList(), due.size() > shown);
    }

    @Override
    @Transactional
    public Proposal proposeAgenda(Caller caller, OrganisationId organisationId, MeetingId meetingId) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "propose-agenda");
        // held until the end: a proposal for the same meeting at the same instant waits, then finds
        // this one's reviews on the agenda; two meetings at once meet on review's open-subject key (409)
        Meeting meeting =
                meetings.findForUpdate(organisationId, meetingId).orElseThrow(() -> new NotFound("meeting", meetingId));
        LocalDate today = today();
        if (meeting.date().isBefore(today)) {
            throw new RuleViolation("meeting-held", "the meeting of " + meeting.date() + " is past", meeting.date());
        }
        Set<UUID> onAgenda = meeting.agenda().stream()
                .map(AgendaItem::reviewId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<AgendaItem> agenda = new ArrayList<>(meeting.agenda());
        List<Review> added = new ArrayList<>();
        int already = 0;
        int notAdded = 0;
        for (DueReview due : dueOn(organisationId, meeting.date())) {
            Review open = due.openReview();
            if (open != null && onAgenda.contains(open.id().value())) {
                already++;
                continue;
            }
            if (agenda.size() >= Meeting.MAX_AGENDA_ITEMS) {
                notAdded++;
                continue;
            }
            Review review;
            if (open == null) {
                review = Review.propose(new ReviewId(ids.next()), organisationId, due.subject(), meeting.id(), today);
                reviews.add(review);
            } else {
                review = reviews.update(open.carriedTo(meeting.id()));
            }
            auditor.record(caller, new ReviewProposed(review, open != null));
            agenda.add(
                    AgendaItem.review(agendaTitle(review.subject()), review.id().value()));
            added.add(review);
        }
        Meeting saved = meeting;
        if (!added.isEmpty()) {
            saved = meetings.update(
                    meeting.withContent(meeting.date(), agenda, meeting.attendees(), meeting.minutes()));
            auditor.record(caller, new MeetingUpdated(meeting, saved));
        }
        return new Proposal(meeting.id(), saved.version(), added, already, notAdded);
    }

    @Override
    @Transactional
    public Ledger ledger(Caller caller, OrganisationId organisationId, PageRequest page) {
        access.member(caller, organisationId);
        ReviewSettings settings = current(organisationId);
        LocalDate today = today();
        return new Ledger(
                settings,
                reviews.list(organisationId, page)
                        .map(review -> new LedgerEntry(review, review.withinCadence(settings.cadence(), today))));
    }

    @Override
    @Transactional
    public Review review(Caller caller, OrganisationId organisationId, ReviewId reviewId) {
        access.member(caller, organisationId);
        return reviews.find(organisationId, reviewId).orElseThrow(() -> new NotFound("review", reviewId));
    }

    /** The rules' candidates on {@code day}, minus the subjects reviewed with a next review after it. */
    private List<DueReview> dueOn(OrganisationId organisationId, LocalDate day) {
        Instant now = clock.instant();
        List<DueSubject> candidates = subjects.candidates(organisationId, day, now, RULE_LIMIT);
        List<Review> latest = reviews.latestOf(
                organisationId, candidates.stream().map(DueSubject::key).collect(Collectors.toSet()));
        return DueReview.of(candidates, latest, day);
    }

    private ReviewSettings current(OrganisationId organisationId) {
        return reviews.settings(organisationId)
                .orElseGet(() -> ReviewSettings.defaultFor(organisations
                        .find(organisationId)
                        .map(organisation -> organisation.profile().size())
                        .orElse(OrganisationSize.unknown())));
    }

    /** "Revue — RISK: Fuite de données", within the 200 characters of an agenda title. */
    public static String agendaTitle(DueSubject subject) {
        String title = "Revue — " + subject.subjectType() + ": " + subject.title();
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
