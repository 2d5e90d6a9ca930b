package org.gouvernail.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.review.Review;
import org.gouvernail.domain.review.ReviewSubjectType;
import org.gouvernail.domain.review.port.out.Reviews;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * The demo data of ./run.sh shows the review cycle: the committee's meeting in ten days carries one
 * agenda item per due subject, the HIGH incident among them, each with its open review.
 */
@QuarkusTest
class DemoReviewCycleTest {

    @Inject
    DemoData demo;

    @Inject
    EntityManager entityManager;

    @Inject
    Reviews reviews;

    @Inject
    Meetings meetings;

    @Test
    void theDemoMeetingCarriesTheDueSubjectsWithTheHighIncident() {
        demo.seed();
        OrganisationId entraide = QuarkusTransaction.requiringNew()
                .call(() -> new OrganisationId(UUID.fromString(entityManager
                        .createNativeQuery("select id from organisation where slug = 'entraide-quartier'")
                        .getSingleResult()
                        .toString())));
        List<Review> proposed = QuarkusTransaction.requiringNew()
                .call(() -> reviews.list(entraide, PageRequest.first(50)).items());
        assertThat(proposed)
                .extracting(review -> review.subject().subjectType())
                .contains(ReviewSubjectType.INCIDENT);
        assertThat(proposed).allMatch(Review::open);
        List<UUID> onAgenda = QuarkusTransaction.requiringNew()
                .call(() -> meetings.find(entraide, proposed.get(0).meetingId()).orElseThrow().agenda().stream()
                        .map(item -> item.reviewId())
                        .toList());
        assertThat(onAgenda)
                .containsExactlyElementsOf(
                        proposed.stream().map(review -> review.id().value()).toList());
    }
}
