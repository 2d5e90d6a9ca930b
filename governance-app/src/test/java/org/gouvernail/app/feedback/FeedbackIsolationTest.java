package org.gouvernail.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the feedback box, for every endpoint: a member of another organisation gets
 * 404 (also for this organisation's item named under their own), a member who is no handler gets
 * 403 on everything but the three ways in and their own list, a request without token gets 401.
 */
@QuarkusTest
class FeedbackIsolationTest {

    private static final Set<String> OPEN_TO_EVERY_MEMBER = Set.of("", "/anonymous", "/mine", "/digest");

    private static Scene scene;
    private static FeedbackItem item;

    @Inject
    World world;

    @Inject
    FeedbackBox box;

    @Inject
    OrganisationManagement organisations;

    /** A person of trust of the other organisation: a handler there, a stranger here. */
    private static final String FOREIGN_HANDLER = "hana";

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            item = box.submit(
                    World.caller(World.CONTRIBUTOR),
                    scene.organisation(),
                    new FeedbackDraft(FeedbackKind.CONCERN, null, "Un outil non déclaré", null),
                    IdentityMode.IDENTIFIED);
            organisations.addMember(
                    World.caller(World.STRANGER),
                    scene.other(),
                    aMember()
                            .withEmail(World.email(FOREIGN_HANDLER))
                            .named(FOREIGN_HANDLER)
                            .as(PersonType.STAFF)
                            .withRoles(Role.PERSON_OF_TRUST)
                            .build());
            organisations.me(World.caller(FOREIGN_HANDLER));
        }
    }

    private static List<Call> sceneCalls() {
        return IsolationCalls.feedback(scene.org(), item.id().toString());
    }

    private static boolean openToEveryMember(Call call) {
        if (call.path().contains("/feedback-links")) {
            return true;
        }
        String rest = call.path().substring(("/api/v1/organisations/" + scene.org() + "/feedback").length());
        return OPEN_TO_EVERY_MEMBER.contains(rest) && !(call.reads() && rest.isEmpty());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(sceneCalls()).as("probes").hasSize(17);
        for (Call call : sceneCalls()) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = FOREIGN_HANDLER)
    void anItemOfAnotherOrganisationIs404ToAHandlerEvenUnderTheirOwnOrganisation() {
        List<Call> naming = IsolationCalls.feedback(
                        scene.other().toString(), item.id().toString())
                .stream()
                .filter(call -> call.path().contains("/feedback/" + item.id()))
                // asking for a disclosure is for ADMIN or COMMITTEE: a handler is refused (403) before any look-up
                .filter(call -> !call.path().endsWith("/disclosure-requests"))
                .toList();
        assertThat(naming).as("probes naming the item").hasSize(9);
        for (Call call : naming) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aMemberWhoHandlesNothingSubmitsButGets403OnEveryHandlersEndpoint() {
        int refused = 0;
        for (Call call : sceneCalls()) {
            if (openToEveryMember(call)) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(call.reads() ? 200 : 201);
            } else {
                call.answers(403, "forbidden");
                refused++;
            }
        }
        assertThat(refused).as("handlers' and governors' endpoints probed").isEqualTo(12);
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theCommitteeIsNoHandler() {
        new Call("GET", "/api/v1/organisations/" + scene.org() + "/feedback", null).answers(403, "forbidden");
        new Call("GET", "/api/v1/organisations/" + scene.org() + "/feedback/" + item.id(), null)
                .answers(403, "forbidden");
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        for (Call call : sceneCalls()) {
            call.answers(401, "unauthorized");
        }
    }
}
