package org.gouvernail.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.junit.jupiter.api.Test;

/**
 * The demo data of ./run.sh gives the digests something to say: the committee's meeting next week
 * and Dave's request to decide (the policy to acknowledge joins them once a member has signed in).
 */
@QuarkusTest
class DemoDueItemsTest {

    @Inject
    DemoData demo;

    @Inject
    EntityManager entityManager;

    @Inject
    @All
    List<DueItemSource> sources;

    @Test
    void theDemoAssociationHasAMeetingToAttendAndARequestToDecide() {
        demo.seed();
        OrganisationId entraide = QuarkusTransaction.requiringNew()
                .call(() -> new OrganisationId(UUID.fromString(entityManager
                        .createNativeQuery("select id from organisation where slug = 'entraide-quartier'")
                        .getSingleResult()
                        .toString())));
        List<String> kinds = QuarkusTransaction.requiringNew()
                .call(() -> sources.stream()
                        .flatMap(source -> source.dueIn(entraide, Instant.now().plus(30, ChronoUnit.DAYS), 50).stream())
                        .map(DueItem::kind)
                        .toList());
        assertThat(kinds).contains("meeting.attend", "approval-request.decide");
    }
}
