package org.gouvernail.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.FeedbackDigest;
import org.gouvernail.domain.feedback.port.out.DisclosureRequests;
import org.gouvernail.domain.feedback.port.out.FeedbackItems;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** The demo's closed loops: two consented quotes for the digest and a pending disclosure request. */
@QuarkusTest
class DemoFeedbackLoopsTest {

    @Inject
    DemoData demo;

    @Inject
    EntityManager entityManager;

    @Inject
    FeedbackItems items;

    @Inject
    DisclosureRequests requests;

    @Inject
    Clock clock;

    @Test
    void theDemoHasQuotesForTheDigestAndAPendingDisclosureRequest() {
        demo.seed();
        OrganisationId entraide = QuarkusTransaction.requiringNew()
                .call(() -> new OrganisationId(UUID.fromString(entityManager
                        .createNativeQuery("select id from organisation where slug = 'entraide-quartier'")
                        .getSingleResult()
                        .toString())));
        LocalDate today = LocalDate.now(clock);
        List<FeedbackDigest.Row> rows = QuarkusTransaction.requiringNew()
                .call(() -> items.digestRows(entraide, today.minusDays(30), today, today));
        assertThat(rows.stream().map(FeedbackDigest.Row::quotable).filter(Objects::nonNull))
                .contains(
                        "Le compte rendu des réunions d'équipe, préparé avec l'IA et relu, nous fait gagner une heure par semaine.",
                        "Personne ne nous a dit quand l'IA est permise à l'accueil.");
        List<DisclosureRequest> pending = QuarkusTransaction.requiringNew()
                .call(() -> requests.pending(entraide, PageRequest.first(50)).items());
        assertThat(pending)
                .extracting(DisclosureRequest::reason)
                .contains("Le comité doit entendre l'auteur avant d'instruire ce signalement.");
    }
}
