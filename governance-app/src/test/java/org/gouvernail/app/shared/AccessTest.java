package org.gouvernail.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.app.support.InMemory.FOUNDER;
import static org.gouvernail.app.support.InMemory.OTHER_FOUNDER;
import static org.gouvernail.app.support.InMemory.STRANGER;
import static org.gouvernail.app.support.InMemory.person;
import static org.gouvernail.app.support.InMemory.profile;
import static org.gouvernail.app.support.InMemory.tool;

import java.util.stream.Stream;
import org.gouvernail.app.support.InMemory;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what: a stranger learns nothing, not even that the organisation exists (NotFound,
 * never Forbidden); a member without the role gets Forbidden; a VIEWER reads everything, changes nothing.
 */
class AccessTest {

    private final InMemory.Platform platform = new InMemory.Platform();
    private Scene scene;

    /** One organisation with a contributor's declared tool, and the ids a call may name. */
    record Scene(InMemory.Platform platform, OrganisationId organisation, MemberId member, AiTool tool) {}

    /** One call of a service, made by the caller in the scene. */
    interface Call {
        void by(Caller caller, Scene scene);
    }

    @BeforeEach
    void anOrganisationWithAMemberAndATool() {
        OrganisationId organisation = platform.registered("entraide").id();
        Caller contributor = platform.signedIn(organisation, "bob", Role.CONTRIBUTOR);
        AiTool tool = platform.toolService.declare(contributor, organisation, tool("DeepL"));
        scene = new Scene(
                platform,
                organisation,
                platform.membership(organisation, contributor).id(),
                tool);
    }

    static Stream<Named<Call>> reads() {
        return Stream.of(
                call("organisation", (c, s) -> s.platform().organisationService.organisation(c, s.organisation())),
                call(
                        "members",
                        (c, s) -> s.platform().organisationService.members(c, s.organisation(), PageRequest.first(10))),
                call("member", (c, s) -> s.platform().organisationService.member(c, s.organisation(), s.member())),
                call(
                        "tools",
                        (c, s) -> s.platform()
                                .toolService
                                .tools(c, s.organisation(), ToolFilter.none(), PageRequest.first(10))),
                call(
                        "tool",
                        (c, s) -> s.platform()
                                .toolService
                                .tool(c, s.organisation(), s.tool().id())),
                call(
                        "audit events",
                        (c, s) -> s.platform().auditService.events(c, s.organisation(), PageRequest.first(10))));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change(
                        "updateProfile",
                        "change-organisation",
                        (c, s) -> s.platform()
                                .organisationService
                                .updateProfile(c, s.organisation(), 0, profile("Autre", "autre"))),
                change(
                        "addMember",
                        "add-member",
                        (c, s) -> s.platform()
                                .organisationService
                                .addMember(c, s.organisation(), person("eve@example.org", Role.ADMIN))),
                change(
                        "updateMember",
                        "change-member",
                        (c, s) -> s.platform()
                                .organisationService
                                .updateMember(
                                        c, s.organisation(), s.member(), 1, person("bob@entraide.be", Role.ADMIN))),
                change(
                        "removeMember",
                        "remove-member",
                        (c, s) -> s.platform().organisationService.removeMember(c, s.organisation(), s.member(), 1)),
                change(
                        "declare",
                        "declare-tool",
                        (c, s) -> s.platform().toolService.declare(c, s.organisation(), tool("ChatGPT"))),
                change(
                        "update tool",
                        "change-tool",
                        (c, s) -> s.platform()
                                .toolService
                                .update(c, s.organisation(), s.tool().id(), 0, tool("Renamed"))),
                change(
                        "changeStatus",
                        "change-tool-status",
                        (c, s) -> s.platform()
                                .toolService
                                .changeStatus(c, s.organisation(), s.tool().id(), 0, ToolStatus.RETIRED)),
                change(
                        "remove tool",
                        "remove-tool",
                        (c, s) -> s.platform()
                                .toolService
                                .remove(c, s.organisation(), s.tool().id(), 0)));
    }

    static Stream<Named<Call>> everyOrganisationCall() {
        return Stream.concat(reads(), changes().map(arguments -> {
            @SuppressWarnings("unchecked")
            Named<Call> named = (Named<Call>) arguments.get()[0];
            return named;
        }));
    }

    private static Named<Call> call(String name, Call call) {
        return Named.of(name, call);
    }

    private static Arguments change(String name, String action, Call call) {
        return Arguments.of(Named.of(name, call), action);
    }

    @ParameterizedTest(name = "stranger calls {0}")
    @MethodSource("everyOrganisationCall")
    void aStrangerGetsNotFoundNotForbidden(Call call) {
        int before = platform.audit.size();

        assertThatThrownBy(() -> call.by(STRANGER, scene)).isInstanceOf(NotFound.class);
        assertThat(platform.audit.since(before)).isEmpty();
    }

    @ParameterizedTest(name = "administrator of another organisation calls {0}")
    @MethodSource("everyOrganisationCall")
    void theAdministratorOfAnotherOrganisationGetsNotFound(Call call) {
        platform.registeredBy(OTHER_FOUNDER, "federation");

        assertThatThrownBy(() -> call.by(OTHER_FOUNDER, scene)).isInstanceOf(NotFound.class);
    }

    @ParameterizedTest(name = "revoked member calls {0}")
    @MethodSource("everyOrganisationCall")
    void aRevokedMemberGetsNotFound(Call call) {
        Caller carol = platform.signedIn(scene.organisation(), "carol", Role.ADMIN);
        platform.organisationService.removeMember(
                FOUNDER,
                scene.organisation(),
                platform.membership(scene.organisation(), carol).id(),
                1);

        assertThatThrownBy(() -> call.by(carol, scene)).isInstanceOf(NotFound.class);
    }

    @ParameterizedTest(name = "viewer calls {0}")
    @MethodSource("reads")
    void aViewerReadsEverything(Call call) {
        Caller viewer = platform.signedIn(scene.organisation(), "victor", Role.VIEWER);

        assertThatCode(() -> call.by(viewer, scene)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "viewer calls {0}")
    @MethodSource("changes")
    void aViewerChangesNothing(Call call, String action) {
        Caller viewer = platform.signedIn(scene.organisation(), "victor", Role.VIEWER);
        int before = platform.audit.size();

        assertThatThrownBy(() -> call.by(viewer, scene))
                .isInstanceOfSatisfying(
                        Forbidden.class, e -> assertThat(e.action()).isEqualTo(action));
        assertThat(platform.audit.since(before)).isEmpty();
    }

    @Test
    void onlyAdministratorsAndViewersReadTheAuditTrail() {
        Caller committee =
                platform.signedIn(scene.organisation(), "chloe", Role.COMMITTEE, Role.DATA_REFERENT, Role.CONTRIBUTOR);

        assertThatThrownBy(() -> platform.auditService.events(committee, scene.organisation(), PageRequest.first(10)))
                .isInstanceOfSatisfying(
                        Forbidden.class, e -> assertThat(e.action()).isEqualTo("read-audit-trail"));
    }

    @Test
    void aMemberAskingForAToolOfAnotherOrganisationThroughTheirOwnGetsNotFound() {
        OrganisationId federation =
                platform.registeredBy(OTHER_FOUNDER, "federation").id();

        assertThatThrownBy(() -> platform.toolService.tool(
                        OTHER_FOUNDER, federation, scene.tool().id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> platform.toolService.remove(
                        OTHER_FOUNDER, federation, scene.tool().id(), 0))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> platform.organisationService.member(OTHER_FOUNDER, federation, scene.member()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(
                        () -> platform.organisationService.removeMember(OTHER_FOUNDER, federation, scene.member(), 1))
                .isInstanceOf(NotFound.class);
        assertThat(platform.tools.find(scene.organisation(), scene.tool().id())).isPresent();
    }

    @Test
    void aStrangerHasNoOrganisations() {
        assertThat(platform.organisationService.me(STRANGER)).isEmpty();
        assertThat(platform.organisationService
                        .mine(STRANGER, PageRequest.first(10))
                        .items())
                .isEmpty();
    }
}
