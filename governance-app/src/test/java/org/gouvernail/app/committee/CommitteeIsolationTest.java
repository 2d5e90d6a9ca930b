package org.gouvernail.app.committee;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.Votes;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.DecisionDraft;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of every committee endpoint: a member of another organisation gets 404, a member
 * without the role gets 403, a request without token gets 401; always as problem+json.
 */
@QuarkusTest
class CommitteeIsolationTest {

    private static Scene scene;
    private static Meeting meeting;
    private static Decision decision;
    private static ApprovalRequest request;

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    CommitteeGovernance governance;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            Map<String, MemberId> ids =
                    organisations
                            .members(World.caller(World.ADMIN), scene.organisation(), PageRequest.first(50))
                            .items()
                            .stream()
                            .collect(Collectors.toMap(Membership::subject, Membership::id));
            governance.configure(
                    World.caller(World.ADMIN),
                    scene.organisation(),
                    0,
                    Charter.standard(),
                    List.of(
                            new CommitteeMember(ids.get(World.ADMIN), CommitteeRole.CHAIR, true, null, null),
                            new CommitteeMember(ids.get(World.COMMITTEE), CommitteeRole.SECRETARY, true, null, null),
                            new CommitteeMember(
                                    ids.get(World.DATA_REFERENT), CommitteeRole.DATA_REFERENT, true, null, null)));
            meeting = governance
                    .schedule(
                            World.caller(World.COMMITTEE),
                            scene.organisation(),
                            java.time.LocalDate.parse("2026-12-03"),
                            List.of(),
                            Set.of(ids.get(World.ADMIN), ids.get(World.COMMITTEE)),
                            null)
                    .meeting();
            decision = governance.decide(
                    World.caller(World.COMMITTEE),
                    scene.organisation(),
                    meeting.id(),
                    new DecisionDraft(
                            DecisionSubject.OTHER,
                            null,
                            null,
                            DecisionOutcome.APPROVED,
                            null,
                            null,
                            "Charte adoptée",
                            new Votes(2, 0, 0),
                            null,
                            null));
            request = governance.request(
                    World.caller(World.CONTRIBUTOR),
                    scene.organisation(),
                    RequestKind.NEW_TOOL,
                    null,
                    "DeepL Pro",
                    null);
        }
    }

    private static List<Call> everyCommitteeCall(String org) {
        return IsolationCalls.committee(
                org,
                meeting.id().toString(),
                decision.id().toString(),
                request.id().toString());
    }

    /** Whether the call names a meeting, decision or request (of the scene's organisation). */
    private static boolean identified(Call call) {
        String path = call.path();
        return path.contains(meeting.id().toString())
                || path.contains(decision.id().toString())
                || path.contains(request.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(everyCommitteeCall(scene.org())).as("probes").hasSize(15);
        for (Call call : everyCommitteeCall(scene.org())) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsMeetingDecisionOrRequestIs404EvenUnderOnesOwnOrganisation() {
        List<Call> identified = everyCommitteeCall(scene.other().toString()).stream()
                .filter(CommitteeIsolationTest::identified)
                .toList();
        assertThat(identified).as("probes").hasSize(7);
        for (Call call : identified) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsButGets403OnEveryChange() {
        int reads = 0;
        int changes = 0;
        for (Call call : everyCommitteeCall(scene.org())) {
            if (call.method().equals("GET")) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                changes++;
            }
        }
        assertThat(reads).as("reads probed").isEqualTo(8);
        assertThat(changes).as("changes probed").isEqualTo(7);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorRequestsButGets403OnTheCommitteesWork() {
        List<Call> committeesWork = everyCommitteeCall(scene.org()).stream()
                .filter(call -> !call.method().equals("GET")
                        && !call.path().endsWith("/approval-requests")
                        && !call.path().endsWith("/withdraw"))
                .toList();
        assertThat(committeesWork).as("probes").hasSize(5);
        for (Call call : committeesWork) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void onlyTheRequesterWithdrawsARequest() {
        new Call(
                        "POST",
                        "/api/v1/organisations/" + scene.org() + "/approval-requests/" + request.id() + "/withdraw",
                        null)
                .answers(403, "forbidden");
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        assertThat(everyCommitteeCall(scene.org())).as("probes").hasSize(15);
        for (Call call : everyCommitteeCall(scene.org())) {
            call.answers(401, "unauthorized");
        }
    }
}
