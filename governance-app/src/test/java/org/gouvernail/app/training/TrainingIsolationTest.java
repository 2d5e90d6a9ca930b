package org.gouvernail.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.ModuleQuiz;
import org.gouvernail.domain.training.RecordDraft;
import org.gouvernail.domain.training.SessionDetails;
import org.gouvernail.domain.training.ToolUse;
import org.gouvernail.domain.training.TrainingFormat;
import org.gouvernail.domain.training.TrainingMethod;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingSession;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of AI literacy, for every endpoint: a member of another organisation gets 404
 * (also for this organisation's module or member named inside their own), a member without the role
 * gets 403 on every change, a request without token gets 401.
 */
@QuarkusTest
class TrainingIsolationTest {

    private static Scene scene;
    private static TrainingModule module;
    private static TrainingSession session;
    private static TrainingRecord record;
    private static ToolUse use;

    @Inject
    World world;

    @Inject
    TrainingProgramme programme;

    @Inject
    OrganisationManagement organisations;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            Caller committee = World.caller(World.COMMITTEE);
            OrganisationId organisation = scene.organisation();
            TrainingModule draft =
                    programme.copyFromCatalogue(committee, organisation, "checking-ai-outputs", null, Optional.empty());
            module = programme.publishModule(committee, organisation, draft.id(), 0);
            module = programme.setQuiz(
                    committee,
                    organisation,
                    module.id(),
                    module.version(),
                    new ModuleQuiz(
                            List.of(new ModuleQuiz.Question("Qui relit ?", List.of("Personne", "Moi"), Set.of(1))),
                            100));
            session = programme.planSession(
                    committee,
                    organisation,
                    new SessionDetails(
                            "Atelier",
                            Set.of(module.id()),
                            LocalDate.now(ZoneOffset.UTC),
                            60,
                            TrainingFormat.IN_PERSON,
                            "fr",
                            null,
                            null,
                            null));
            // the viewer's own record: a member reads their own records
            record = programme.record(
                    committee,
                    organisation,
                    new RecordDraft(
                            scene.viewer().id(),
                            module.id(),
                            LocalDate.now(ZoneOffset.UTC),
                            TrainingMethod.BRIEFING,
                            null));
            // the contributor's use, recorded by a coordinator: the viewer may not remove it
            use = programme.recordToolUse(
                    committee,
                    organisation,
                    Optional.of(organisations.me(World.caller(World.CONTRIBUTOR)).stream()
                            .filter(mine -> mine.organisation().id().equals(organisation))
                            .findFirst()
                            .orElseThrow()
                            .membership()
                            .id()),
                    scene.tool().id());
        }
    }

    private static List<Call> sceneCalls() {
        return IsolationCalls.training(
                scene.org(),
                module.id().toString(),
                session.id().toString(),
                record.id().toString(),
                scene.viewer().id().toString(),
                scene.tool().id().toString(),
                use.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(sceneCalls()).as("probes").hasSize(31);
        for (Call call : sceneCalls()) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsModulesSessionsRecordsAndMembersAre404UnderOnesOwnOrganisation() {
        List<Call> calls = new ArrayList<>();
        for (Call call : IsolationCalls.training(
                scene.other().toString(),
                module.id().toString(),
                session.id().toString(),
                record.id().toString(),
                scene.viewer().id().toString(),
                scene.tool().id().toString(),
                use.id().toString())) {
            boolean namesForeignData = call.path().contains(module.id().toString())
                    || call.path().contains(session.id().toString())
                    || call.path().contains(record.id().toString())
                    || call.path().contains(use.id().toString())
                    || (call.body() != null
                            && (call.body().contains(module.id().toString())
                                    || call.body().contains(scene.tool().id().toString())));
            if (namesForeignData) {
                calls.add(call);
            }
        }
        assertThat(calls)
                .as("probes naming this organisation's module, session, record, tool or tool use")
                .hasSize(23);
        for (Call call : calls) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsModulesSessionsAndTheirOwnRecordsButGets403OnEveryChange() {
        int reads = 0;
        int changes = 0;
        for (Call call : sceneCalls()) {
            if (call.path().endsWith("/training-exposure-gap") || call.path().endsWith("/quiz-attempts")) {
                call.answers(403, "forbidden");
            } else if (call.method().equals("POST") && call.path().endsWith("/tool-uses")) {
                // declaring one's own use of a tool is every member's right
                call.spec().when().request(call.method(), call.path()).then().statusCode(201);
            } else if (call.path().endsWith("/quiz/attempts")) {
                // answering a module's quiz and reading one's own attempts are every member's right
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
            } else if (call.reads()) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                changes++;
            }
        }
        assertThat(reads)
                .as("reads probed (the dossier and the viewer's own tool uses among them)")
                .isEqualTo(9);
        assertThat(changes).as("changes probed").isEqualTo(17);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorCannotReadSomeoneElsesRecordNorTheDossier() {
        new Call("GET", "/api/v1/organisations/" + scene.org() + "/training-records/" + record.id(), null)
                .answers(403, "forbidden");
        new Call("GET", "/api/v1/organisations/" + scene.org() + "/training-dossier", null).answers(403, "forbidden");
        new Call("GET", "/api/v1/organisations/" + scene.org() + "/quiz-attempts", null).answers(403, "forbidden");
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        List<Call> calls = new ArrayList<>(sceneCalls());
        calls.add(new Call("GET", "/api/v1/reference/training-modules", null));
        calls.add(new Call("GET", "/api/v1/reference/training-modules/ai-and-work", null));
        assertThat(calls).as("probes").hasSize(33);
        for (Call call : calls) {
            call.answers(401, "unauthorized");
        }
    }
}
