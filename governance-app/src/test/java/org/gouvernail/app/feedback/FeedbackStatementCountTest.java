package org.gouvernail.app.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.DisclosureRequestId;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.FollowUp;
import org.gouvernail.domain.feedback.FollowUpKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.port.out.DisclosureRequests;
import org.gouvernail.domain.feedback.port.out.FeedbackItems;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard of the feedback listings added with the loops: the custodians' pending
 * disclosure requests and the members' digest cost the same number of statements with one item and
 * with two hundred (each item with two follow-ups and a pending request).
 */
@QuarkusTest
@TestSecurity(user = FeedbackStatementCountTest.CUSTODIAN)
class FeedbackStatementCountTest {

    static final String CUSTODIAN = "fiona";

    @Inject
    World world;

    @Inject
    FeedbackItems items;

    @Inject
    DisclosureRequests requests;

    @Inject
    SessionFactory sessionFactory;

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        given().when().get(path).then().statusCode(200);
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private String organisationWith(int count) {
        OrganisationId organisation = world.association(World.ADMIN);
        world.member(organisation, CUSTODIAN, Role.PERSON_OF_TRUST);
        MemberId author = world.member(
                        organisation, "fauthor-" + UUID.randomUUID().toString().substring(0, 8), Role.CONTRIBUTOR)
                .id();
        MemberId requester = world.member(
                        organisation, "freq-" + UUID.randomUUID().toString().substring(0, 8), Role.COMMITTEE)
                .id();
        LocalDate day = LocalDate.now().minusDays(2);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                FeedbackItem item = FeedbackItem.submit(
                                FeedbackItemId.random(),
                                organisation,
                                new FeedbackDraft(FeedbackKind.CONCERN, null, "Retour " + i, null, i % 2 == 0),
                                IdentityMode.CONFIDENTIAL,
                                author,
                                day)
                        .addFollowUp(new FollowUp(FollowUpKind.RISK, UUID.randomUUID(), null, "risque", day))
                        .addFollowUp(new FollowUp(FollowUpKind.POLICY_REVISION, UUID.randomUUID(), 2, "révision", day));
                items.add(item);
                requests.add(DisclosureRequest.file(
                        DisclosureRequestId.random(), item, requester, "Audition", Instant.now()));
            }
        });
        return "/api/v1/organisations/" + organisation + "/feedback";
    }

    @Test
    void pendingDisclosuresAndTheDigestCostTheSameWithOneItemAndWithTwoHundred() {
        String one = organisationWith(1);
        String many = organisationWith(200);
        assertThat(statements(many + "/disclosure-requests?limit=200"))
                .isEqualTo(statements(one + "/disclosure-requests?limit=200"));
        assertThat(statements(many + "/digest")).isEqualTo(statements(one + "/digest"));
        assertThat(statements(many + "/digest")).isLessThanOrEqualTo(6);
    }
}
