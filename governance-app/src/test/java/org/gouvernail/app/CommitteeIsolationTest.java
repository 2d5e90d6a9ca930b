package org.gouvernail.app;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gouvernail.app.support.Call;
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
            Map<String, MemberId> ids = organisations.members(World.caller(World.ADMIN), scene.organisation(), PageRequest.first(50)).items()
                    .stream().collect(Collectors.toMap(Membership::subject, Membership::id));
            governance.configure(World.caller(World.ADMIN), scene.organisation(), 0, Charter.standard(), List.of(
                    new CommitteeMember(ids.get(World.ADMIN), CommitteeRole.CHAIR, true, null, null),
                    new CommitteeMember(ids.get(World.COMMITTEE), CommitteeRole.SECRETARY, true, null, null),
                    new CommitteeMember(ids.get(World.DATA_REFERENT), CommitteeRole.DATA_REFERENT, true, null, null)));
            meeting = governance.schedule(World.caller(World.COMMITTEE), scene.organisation(), java.time.LocalDate.parse("2026-12-03"),
                    List.of(), Set.of(ids.get(World.ADMIN), ids.get(World.COMMITTEE)), null).meeting();
            decision = governance.decide(World.caller(World.COMMITTEE), scene.organisation(), meeting.id(), new DecisionDraft(
                    DecisionSubject.OTHER, null, null, DecisionOutcome.APPROVED, null, null, "Charte adoptée", new Votes(2, 0, 0), null, null));
            request = governance.request(World.caller(World.CONTRIBUTOR), scene.organisation(), RequestKind.NEW_TOOL, null, "DeepL Pro", null);
        }
    }

    private static final String CONFIGURATION = "{\"charter\":{\"writtenProcedureAllowed\":false},\"members\":[]}";
    private static final String MEETING = "{\"date\":\"2026-12-10\",\"attendees\":[]}";
    private static final String DECISION = "{\"subject\":\"OTHER\",\"outcome\":\"DEFERRED\",\"votesFor\":0,\"votesAgainst\":0,\"votesAbstain\":0}";
    private static final String REQUEST = "{\"kind\":\"NEW_USE\",\"title\":\"Résumer nos réunions\"}";

    private static List<Call> everyCommitteeCall(String org) {
        String base = "/api/v1/organisations/" + org;
        String meetingPath = base + "/meetings/" + meeting.id();
        return List.of(
                new Call("GET", base + "/committee", null),
                new Call("PUT", base + "/committee", CONFIGURATION),
                new Call("GET", base + "/meetings", null),
                new Call("POST", base + "/meetings", MEETING),
                new Call("GET", meetingPath, null),
                new Call("PATCH", meetingPath, "{\"minutes\":\"Compte rendu\"}"),
                new Call("GET", meetingPath + "/decisions", null),
                new Call("POST", meetingPath + "/decisions", DECISION),
                new Call("GET", base + "/decisions", null),
                new Call("POST", base + "/decisions", DECISION),
                new Call("GET", base + "/decisions/" + decision.id(), null),
                new Call("GET", base + "/approval-requests", null),
                new Call("POST", base + "/approval-requests", REQUEST),
                new Call("GET", base + "/approval-requests/" + request.id(), null),
                new Call("POST", base + "/approval-requests/" + request.id() + "/withdraw", null));
    }

    /** Whether the call names a meeting, decision or request (of the scene's organisation). */
    private static boolean identified(Call call) {
        String path = call.path();
        return path.contains(meeting.id().toString()) || path.contains(decision.id().toString()) || path.contains(request.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        for (Call call : everyCommitteeCall(scene.org())) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsMeetingDecisionOrRequestIs404EvenUnderOnesOwnOrganisation() {
        for (Call call : everyCommitteeCall(scene.other().toString())) {
            if (identified(call)) {
                call.answers(404, "not-found");
            }
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsButGets403OnEveryChange() {
        for (Call call : everyCommitteeCall(scene.org())) {
            if (call.method().equals("GET")) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
            } else {
                call.answers(403, "forbidden");
            }
        }
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorRequestsButGets403OnTheCommitteesWork() {
        for (Call call : everyCommitteeCall(scene.org())) {
            if (call.method().equals("GET") || call.path().endsWith("/approval-requests") || call.path().endsWith("/withdraw")) {
                continue;
            }
            call.answers(403, "forbidden");
        }
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void onlyTheRequesterWithdrawsARequest() {
        new Call("POST", "/api/v1/organisations/" + scene.org() + "/approval-requests/" + request.id() + "/withdraw", null)
                .answers(403, "forbidden");
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        for (Call call : everyCommitteeCall(scene.org())) {
            call.answers(401, "unauthorized");
        }
    }
}
