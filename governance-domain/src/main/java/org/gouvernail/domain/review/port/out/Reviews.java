package org.gouvernail.domain.review.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.review.DueSubject.SubjectKey;
import org.gouvernail.domain.review.Review;
import org.gouvernail.domain.review.ReviewId;
import org.gouvernail.domain.review.ReviewSettings;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the reviews (the ledger) and the organisation's review settings. */
public interface Reviews {

    void add(Review review);

    /** Saves a changed review; StaleVersion if it changed since it was read. */
    Review update(Review review);

    Optional<Review> find(OrganisationId organisationId, ReviewId id);

    /** The latest review of each of these subjects that has one, in one statement. */
    List<Review> latestOf(OrganisationId organisationId, Collection<SubjectKey> subjects);

    /** Oldest first (by id). */
    Page<Review> list(OrganisationId organisationId, PageRequest page);

    /** The settings the organisation chose, if it did. */
    Optional<ReviewSettings> settings(OrganisationId organisationId);

    /** Stores the settings; StaleVersion if they changed since they were read. */
    ReviewSettings saveSettings(OrganisationId organisationId, ReviewSettings settings);
}
