package org.gouvernail.app.communication;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.communication.Audience;
import org.gouvernail.domain.communication.ChangeStage;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.CommunicationChannel;
import org.gouvernail.domain.communication.CommunicationDetails;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.PlanDetails;
import org.gouvernail.domain.communication.Target;
import org.gouvernail.domain.communication.port.in.CommunicationPlanning;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the communication plans, for every endpoint: a member of another organisation
 * gets 404 (also for another organisation's plan, action or member named under their own
 * organisation), a member without the role gets 403, a request without token gets 401.
 */
@QuarkusTest
class CommunicationIsolationTest {

    private static Scene scene;
    private static CommunicationPlan plan;
    private static CommunicationAction action;
    private static CommunicationPlan strangersPlan;
    private static CommunicationAction strangersAction;
    private static MemberId committee;
    private static MemberId stranger;

    @Inject
    World world;

    @Inject
    CommunicationPlanning planning;

    @Inject
    Memberships memberships;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            committee = memberships
                    .findActive(scene.organisation(), World.COMMITTEE)
                    .orElseThrow()
                    .id();
            stranger = memberships
                    .findActive(scene.other(), World.STRANGER)
                    .orElseThrow()
                    .id();
            plan = planning.drawUp(World.caller(World.COMMITTEE), scene.organisation(), details(committee));
            action = planning.planAction(
                    World.caller(World.COMMITTEE), scene.organisation(), plan.id(), message(committee));
            strangersPlan = planning.drawUp(World.caller(World.STRANGER), scene.other(), details(stranger));
            strangersAction = planning.planAction(
                    World.caller(World.STRANGER), scene.other(), strangersPlan.id(), message(stranger));
        }
    }

    private static PlanDetails details(MemberId owner) {
        return new PlanDetails(
                "Plan",
                "Informer",
                null,
                LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-12-31"),
                owner,
                LocalDate.parse("2027-06-01"),
                true,
                false);
    }

    private static CommunicationDetails message(MemberId sender) {
        return new CommunicationDetails(
                Target.of(Audience.STAFF),
                ChangeStage.AWARENESS,
                Set.of(),
                "Message",
                null,
                CommunicationChannel.EMAIL,
                sender,
                LocalDate.parse("2027-01-10"),
                null,
                List.of());
    }

    private static List<Call> calls(String org, CommunicationPlan plan, CommunicationAction action, MemberId sender) {
        return IsolationCalls.communication(
                org, plan.id().toString(), action.id().toString(), sender.toString());
    }

    private static List<Call> sceneCalls() {
        return calls(scene.org(), plan, action, committee);
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(sceneCalls()).as("probes").hasSize(14);
        for (Call call : calls(scene.org(), plan, action, stranger)) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsPlansActionsAndMembersAre404EvenUnderOnesOwnOrganisation() {
        String own = scene.other().toString();
        List<Call> calls = new ArrayList<>();
        // the other organisation's plan and action under one's own organisation
        calls(own, plan, action, stranger).stream()
                .filter(call -> call.path().contains(plan.id().toString()))
                .forEach(calls::add);
        // one's own plan with the other organisation's action
        calls(own, strangersPlan, action, stranger).stream()
                .filter(call -> call.path().contains(action.id().toString()))
                .forEach(calls::add);
        // the other organisation's member as owner or sender
        calls(own, strangersPlan, strangersAction, committee).stream()
                .filter(call -> call.method().equals("POST")
                        && call.body() != null
                        && call.body().contains("Id\""))
                .forEach(calls::add);
        calls.add(new Call(
                "PATCH",
                "/api/v1/organisations/" + own + "/communication-plans/" + strangersPlan.id(),
                "{\"ownerId\":\"" + committee + "\"}"));
        calls.add(new Call(
                "PATCH",
                "/api/v1/organisations/" + own + "/communication-plans/" + strangersPlan.id() + "/actions/"
                        + strangersAction.id(),
                "{\"senderId\":\"" + committee + "\"}"));
        assertThat(calls)
                .as("12 naming the plan, 5 the action, 2 a foreign member in a body, 2 in a patch")
                .hasSize(21);
        for (Call call : calls) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsEverythingButGets403OnEveryChange() {
        int reads = 0;
        int changes = 0;
        for (Call call : sceneCalls()) {
            if (call.reads()) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                changes++;
            }
        }
        assertThat(reads).as("reads probed").isEqualTo(7);
        assertThat(changes).as("changes probed").isEqualTo(7);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorWhoNeitherOwnsThePlanNorSendsTheActionGets403OnEveryChange() {
        List<Call> changes = sceneCalls().stream().filter(call -> !call.reads()).toList();
        assertThat(changes).as("probes").hasSize(7);
        for (Call call : changes) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        List<Call> calls = new ArrayList<>(sceneCalls());
        calls.add(new Call("GET", "/api/v1/reference/communication-templates", null));
        assertThat(calls).as("probes").hasSize(15);
        for (Call call : calls) {
            call.answers(401, "unauthorized");
        }
    }
}
