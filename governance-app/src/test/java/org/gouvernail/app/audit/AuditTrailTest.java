package org.gouvernail.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.app.support.InMemory.FOUNDER;
import static org.gouvernail.app.support.InMemory.NOW;
import static org.gouvernail.app.support.InMemory.OTHER_FOUNDER;
import static org.gouvernail.app.support.InMemory.person;
import static org.gouvernail.app.support.InMemory.profile;
import static org.gouvernail.app.support.InMemory.tool;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gouvernail.app.support.InMemory;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.OrganisationProfileBuilder;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every change leaves exactly one audit event: who, when, which action on what, and the changed fields. */
class AuditTrailTest {

    private final InMemory.Platform platform = new InMemory.Platform();
    private Scene scene;

    /** An organisation where bob (CONTRIBUTOR) declared a tool. */
    record Scene(
            InMemory.Platform platform,
            OrganisationId organisation,
            Caller bob,
            Membership bobMembership,
            AiTool tool) {}

    @BeforeEach
    void anOrganisationWithAContributorAndADeclaredTool() {
        OrganisationId organisation = platform.registered("entraide").id();
        Caller bob = platform.signedIn(organisation, "bob", Role.CONTRIBUTOR);
        AiTool tool = platform.toolService.declare(bob, organisation, tool("DeepL"));
        scene = new Scene(platform, organisation, bob, platform.membership(organisation, bob), tool);
    }

    /** A change; it answers the id of the record it changed. */
    interface Change extends Function<Scene, UUID> {}

    static Stream<Arguments> everyChange() {
        return Stream.of(
                change("update the profile", "organisation.updated", "ORGANISATION", "locale: fr-BE → nl-BE", s -> {
                    OrganisationProfile same = profile("Org entraide", "entraide");
                    OrganisationProfile changed = OrganisationProfileBuilder.from(same)
                            .speaking("nl-BE")
                            .build();
                    return s.platform()
                            .organisationService
                            .updateProfile(FOUNDER, s.organisation(), 0, changed)
                            .id()
                            .value();
                }),
                change(
                        "invite a member",
                        "member.invited",
                        "MEMBER",
                        "email: carol@entraide.be",
                        s -> s.platform()
                                .organisationService
                                .addMember(FOUNDER, s.organisation(), person("carol@entraide.be", Role.COMMITTEE))
                                .id()
                                .value()),
                change(
                        "list a volunteer",
                        "member.added",
                        "MEMBER",
                        "displayName: Volunteer",
                        s -> s.platform()
                                .organisationService
                                .addMember(FOUNDER, s.organisation(), person(null, Role.VIEWER))
                                .id()
                                .value()),
                change(
                        "change a member",
                        "member.updated",
                        "MEMBER",
                        "roles: [CONTRIBUTOR] → [DATA_REFERENT]",
                        s -> s.platform()
                                .organisationService
                                .updateMember(
                                        FOUNDER,
                                        s.organisation(),
                                        s.bobMembership().id(),
                                        s.bobMembership().version(),
                                        person("bob@entraide.be", Role.DATA_REFERENT))
                                .id()
                                .value()),
                change("revoke a member", "member.revoked", "MEMBER", "status: ACTIVE → REVOKED", s -> {
                    s.platform()
                            .organisationService
                            .removeMember(
                                    FOUNDER,
                                    s.organisation(),
                                    s.bobMembership().id(),
                                    s.bobMembership().version());
                    return s.bobMembership().id().value();
                }),
                change(
                        "declare a tool",
                        "tool.declared",
                        "TOOL",
                        "name: ChatGPT",
                        s -> s.platform()
                                .toolService
                                .declare(s.bob(), s.organisation(), tool("ChatGPT"))
                                .id()
                                .value()),
                change(
                        "correct a tool",
                        "tool.updated",
                        "TOOL",
                        "name: DeepL → DeepL Pro",
                        s -> s.platform()
                                .toolService
                                .update(s.bob(), s.organisation(), s.tool().id(), 0, tool("DeepL Pro"))
                                .id()
                                .value()),
                change(
                        "review a tool",
                        "tool.status-changed",
                        "TOOL",
                        "status: DECLARED → UNDER_REVIEW",
                        s -> s.platform()
                                .toolService
                                .changeStatus(
                                        FOUNDER, s.organisation(), s.tool().id(), 0, ToolStatus.UNDER_REVIEW)
                                .id()
                                .value()),
                change(
                        "retire a tool",
                        "tool.status-changed",
                        "TOOL",
                        "status: DECLARED → RETIRED",
                        s -> s.platform()
                                .toolService
                                .changeStatus(
                                        FOUNDER, s.organisation(), s.tool().id(), 0, ToolStatus.RETIRED)
                                .id()
                                .value()),
                change("remove a tool", "tool.removed", "TOOL", "name: DeepL; status: DECLARED", s -> {
                    s.platform()
                            .toolService
                            .remove(s.bob(), s.organisation(), s.tool().id(), 0);
                    return s.tool().id().value();
                }));
    }

    private static Arguments change(String name, String action, String subjectType, String summary, Change change) {
        return Arguments.of(Named.of(name, change), action, subjectType, summary);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyChange")
    void everyChangeAppendsExactlyOneAuditEvent(Change change, String action, String subjectType, String summary) {
        int before = platform.audit.size();

        UUID changed = change.apply(scene);

        List<AuditEvent> appended = platform.audit.since(before);
        assertThat(appended).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(action);
            assertThat(event.subjectType()).isEqualTo(subjectType);
            assertThat(event.subjectId()).isEqualTo(changed);
            assertThat(event.summary()).contains(summary);
            assertThat(event.organisationId()).isEqualTo(scene.organisation());
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void theActorIsTheCallerWhoMadeTheChange() {
        platform.toolService.declare(scene.bob(), scene.organisation(), tool("Whisper"));

        AuditEvent last = platform.audit.all().get(platform.audit.size() - 1);
        assertThat(last.actorSubject()).isEqualTo("sub-bob");
        assertThat(last.actorName()).isEqualTo("bob");
    }

    @Test
    void anAdministratorReadsTheTrailNewestFirstPageByPage() {
        List<AuditEvent> all = platform.audit.all();

        Page<AuditEvent> first = platform.auditService.events(FOUNDER, scene.organisation(), PageRequest.first(2));
        Page<AuditEvent> rest =
                platform.auditService.events(FOUNDER, scene.organisation(), new PageRequest(50, first.continueAfter()));

        assertThat(first.items()).containsExactly(all.get(all.size() - 1), all.get(all.size() - 2));
        assertThat(first.continueAfter()).contains(all.get(all.size() - 2).id());
        assertThat(rest.items()).hasSize(all.size() - 2).doesNotContainAnyElementsOf(first.items());
        assertThat(rest.continueAfter()).isEmpty();
    }

    @Test
    void aViewerReadsTheTrailOfTheirOrganisationOnly() {
        Caller victor = platform.signedIn(scene.organisation(), "victor", Role.VIEWER);
        OrganisationId federation =
                platform.registeredBy(OTHER_FOUNDER, "federation").id();

        List<AuditEvent> events = platform.auditService
                .events(victor, scene.organisation(), PageRequest.first(200))
                .items();

        assertThat(events)
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.organisationId()).isEqualTo(scene.organisation()));
        assertThat(platform.auditService
                        .events(OTHER_FOUNDER, federation, PageRequest.first(200))
                        .items())
                .allSatisfy(event -> assertThat(event.organisationId()).isEqualTo(federation));
    }

    @Test
    void aRefusedChangeLeavesNoTrace() {
        int before = platform.audit.size();

        assertThatThrownBy(() -> platform.toolService.changeStatus(
                        FOUNDER, scene.organisation(), scene.tool().id(), 0, ToolStatus.APPROVED))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> platform.organisationService.updateProfile(
                        scene.bob(), scene.organisation(), 0, profile("Hijack", "hijack")))
                .isInstanceOf(Forbidden.class);

        assertThat(platform.audit.since(before)).isEmpty();
    }
}
