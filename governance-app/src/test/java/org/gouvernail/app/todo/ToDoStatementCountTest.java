package org.gouvernail.app.todo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;
import static org.gouvernail.domain.organisation.MembershipBuilder.aMembership;
import static org.gouvernail.domain.organisation.OrganisationBuilder.aRegisteredOrganisation;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;
import static org.gouvernail.domain.risk.RiskBuilder.aStoredRisk;
import static org.gouvernail.domain.risk.RiskDetailsBuilder.aRisk;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.MeetingBuilder;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.port.out.ApprovalRequests;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard of the to-do lists: a person's list costs the same number of SQL statements with
 * one membership and with 200 (one query per due-item source over all their organisations, never one
 * per membership), and an organisation's list the same with one item of each kind and with 200.
 */
@QuarkusTest
class ToDoStatementCountTest {

    /** Every area's source of due items (fourteen today, some of two statements). */
    @Inject
    @Any
    Instance<DueItemSource> sources;

    /**
     * The person's memberships and their roles, then at most two statements per source: the bound of
     * the port's contract, whatever the number of memberships (1 and 200 below).
     */
    private long myTodoStatements() {
        return 2 + 2 * sources.stream().count();
    }

    private static final Instant NOW = Instant.now();

    @Inject
    SessionFactory sessionFactory;

    @Inject
    World world;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    ApprovalRequests requests;

    @Inject
    Risks risks;

    @Inject
    Meetings meetings;

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    /** Something due in the organisation, of three kinds, assigned to {@code member}. */
    private void dueIn(OrganisationId organisation, MemberId member) {
        requests.add(ApprovalRequest.submit(
                new RequestId(UUID.randomUUID()),
                organisation,
                RequestKind.NEW_TOOL,
                null,
                "Demande",
                null,
                member,
                NOW));
        risks.add(aStoredRisk()
                .withId(new RiskId(UUID.randomUUID()))
                .of(organisation)
                .withDetails(aRisk().ownedBy(member)
                        .reviewedOn(LocalDate.now().plusDays(3))
                        .build())
                .raisedBy(member)
                .build());
        meetings.add(MeetingBuilder.aMeeting()
                .withId(new MeetingId(UUID.randomUUID()))
                .of(organisation)
                .on(LocalDate.now().plusDays(2))
                .build());
    }

    /** {@code subject} becomes ADMIN and COMMITTEE of {@code count} new organisations, each with items due. */
    private void memberOf(String subject, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                OrganisationId organisation = new OrganisationId(UUID.randomUUID());
                organisations.add(aRegisteredOrganisation()
                        .withId(organisation)
                        .withProfile(anOrganisation(
                                        "todo-" + UUID.randomUUID().toString().substring(0, 13))
                                .build())
                        .build());
                MemberId member = new MemberId(UUID.randomUUID());
                memberships.add(aMembership()
                        .withId(member)
                        .of(organisation)
                        .withSubject(subject)
                        .withDetails(aMember()
                                .withEmail(subject + "@example.org")
                                .withRoles(Role.ADMIN, Role.COMMITTEE)
                                .build())
                        .build());
                dueIn(organisation, member);
            }
        });
    }

    @Test
    @TestSecurity(user = "tina")
    void myListWithOneMembership() {
        memberOf("tina", 1);
        statements("/api/v1/me/todo");
        assertThat(statements("/api/v1/me/todo")).isLessThanOrEqualTo(myTodoStatements());
    }

    @Test
    @TestSecurity(user = "toni")
    void myListWithTwoHundredMemberships() {
        memberOf("toni", 200);
        statements("/api/v1/me/todo");
        long count = statements("/api/v1/me/todo");
        System.out.println("TODO-STATEMENTS /me/todo with 200 memberships: " + count);
        assertThat(count).isLessThanOrEqualTo(myTodoStatements());
        assertThat(given().when()
                        .get("/api/v1/me/todo")
                        .then()
                        .extract()
                        .jsonPath()
                        .getBoolean("truncated"))
                .as("600 items due, 200 listed")
                .isTrue();
    }

    @Test
    @TestSecurity(user = "tess")
    void anOrganisationsListCostsTheSameWithOneItemOfEachKindAndWithTwoHundred() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (int size : new int[] {1, 200}) {
            OrganisationId organisation = world.association("tess");
            MemberId tess =
                    memberships.findActive(organisation, "tess").orElseThrow().id();
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < size; i++) {
                    dueIn(organisation, tess);
                }
            });
            String path = "/api/v1/organisations/" + organisation + "/todo";
            statements(path);
            counts.put(size, statements(path));
        }
        System.out.println("TODO-STATEMENTS /organisations/{id}/todo by number of items of each kind: " + counts);
        assertThat(counts.values().stream().distinct())
                .as("statements by items %s", counts)
                .hasSize(1);
    }
}
