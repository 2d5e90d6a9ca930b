package org.gouvernail.domain.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gouvernail.domain.review.DueSubject.SubjectKey;

/**
 * Read model: a subject due for review, with the open review that already put it on an agenda, if any.
 * {@link #of} is the rule that turns the areas' candidates into what is due: a candidate is not due
 * while the committee's last review of it set a next review date after the day considered.
 */
public record DueReview(DueSubject subject, Review openReview) {

    public DueReview {
        Objects.requireNonNull(subject, "subject");
    }

    /** Soonest due first, then by type and id, so that the agenda reads the same on every call. */
    public static final Comparator<DueReview> ORDER = Comparator.comparing(
                    (DueReview due) -> due.subject().dueOn())
            .thenComparing(due -> due.subject().subjectType())
            .thenComparing(due -> due.subject().subjectId());

    /**
     * What is due on {@code until}: each candidate once (the first given wins), minus those whose
     * latest review (open or closed, one per subject) is closed with a next review after {@code until}.
     */
    public static List<DueReview> of(List<DueSubject> candidates, Collection<Review> latestReviews, LocalDate until) {
        Map<SubjectKey, Review> latest = latestReviews.stream()
                .collect(Collectors.toMap(review -> review.subject().key(), Function.identity(), (a, b) -> a));
        Map<SubjectKey, DueSubject> unique = candidates.stream()
                .collect(Collectors.toMap(
                        DueSubject::key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        return unique.values().stream()
                .map(subject -> {
                    Review review = latest.get(subject.key());
                    if (review == null) {
                        return new DueReview(subject, null);
                    }
                    if (review.open()) {
                        return new DueReview(subject, review);
                    }
                    return review.nextReviewOn().isAfter(until) ? null : new DueReview(subject, null);
                })
                .filter(Objects::nonNull)
                .sorted(ORDER)
                .toList();
    }
}
