package org.gouvernail.persistence.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMemberWithoutAccount;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.assessment.AssessmentContext;
import org.gouvernail.domain.inventory.assessment.AssessmentId;
import org.gouvernail.domain.inventory.assessment.AssessmentInput;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.inventory.assessment.ChecklistAnswer;
import org.gouvernail.domain.inventory.assessment.ChecklistItem;
import org.gouvernail.domain.inventory.assessment.ItemAnswer;
import org.gouvernail.domain.inventory.assessment.ValidatedAssessment;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.inventory.assessment.port.out.Assessments;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.persistence.support.MariaDbTestResource;
import org.junit.jupiter.api.Test;

/** The assessments adapter against a real MariaDB: round trip, tenant scoping, versions, the latest validated per tool. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class AssessmentPersistenceTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    Tools tools;

    @Inject
    Assessments assessments;

    private record Fixture(
            OrganisationId organisation, Membership admin, Membership referent, AiTool tool, AiTool otherTool) {}

    /** An assessment of checklist version 1 (17 answers) reads back as version 1, V11 and V12 never blocking there. */
    @Test
    void anAssessmentOfChecklistVersionOneKeepsItsVersion() {
        Fixture fixture = fixture("assess-v1");
        Map<ChecklistItem, ItemAnswer> answers = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.of(1)) {
            answers.put(item, ItemAnswer.of(item, ChecklistAnswer.YES));
        }
        answers.put(ChecklistItem.V11, ItemAnswer.of(ChecklistItem.V11, ChecklistAnswer.NO));
        VendorAssessment current = VendorAssessment.start(
                new AssessmentId(timeOrdered()), fixture.tool, input(ChecklistAnswer.YES), fixture.admin.id(), NOW);
        VendorAssessment versionOne = new VendorAssessment(
                current.id(),
                current.organisationId(),
                current.toolId(),
                current.tool(),
                new AssessmentInput(AssessmentContext.none(), answers, 1),
                current.status(),
                current.author(),
                current.createdAt(),
                null,
                null,
                null,
                null,
                0);
        QuarkusTransaction.requiringNew().run(() -> assessments.add(versionOne));

        VendorAssessment stored = QuarkusTransaction.requiringNew()
                .call(() ->
                        assessments.find(fixture.organisation, versionOne.id()).orElseThrow());

        assertThat(stored.input().checklistVersion()).isEqualTo(1);
        assertThat(stored.input().answers()).hasSize(17);
        assertThat(stored.result().blockingFindings()).isEmpty();
        assertThat(current.input().checklistVersion()).isEqualTo(2);
    }

    @Test
    void anAssessmentSurvivesTheRoundTripWithEveryAnswerAndItsSnapshot() {
        Fixture fixture = fixture("assess-round");
        VendorAssessment started = start(fixture, fixture.tool, ChecklistAnswer.NO);

        VendorAssessment stored = QuarkusTransaction.requiringNew()
                .call(() -> assessments.find(fixture.organisation, started.id()).orElseThrow());

        assertThat(stored).isEqualTo(started);
        assertThat(stored.input().answer(ChecklistItem.V01).evidenceUrl()).isEqualTo("https://example.org/dpa.pdf");
        assertThat(stored.tool().dataCategories())
                .containsExactlyInAnyOrder(DataCategory.INTERNAL, DataCategory.PERSONAL);
        assertThat(stored.result().level()).isEqualTo(AssessmentLevel.BLOCKED);
    }

    @Test
    void anAssessmentIsInvisibleFromAnotherOrganisation() {
        Fixture mine = fixture("assess-mine");
        Fixture theirs = fixture("assess-theirs");
        VendorAssessment started = start(mine, mine.tool, ChecklistAnswer.YES);

        assertThat(QuarkusTransaction.requiringNew().call(() -> assessments.find(theirs.organisation, started.id())))
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> assessments.ofTool(theirs.organisation, mine.tool.id(), PageRequest.first(10)))
                        .items())
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> assessments.latestValidated(theirs.organisation, List.of(mine.tool.id()))))
                .isEmpty();
    }

    @Test
    void editsAreSavedAndAStaleVersionIsRefused() {
        Fixture fixture = fixture("assess-stale");
        VendorAssessment started = start(fixture, fixture.tool, ChecklistAnswer.NO);
        VendorAssessment edited = QuarkusTransaction.requiringNew()
                .call(() -> assessments.update(started.withInput(input(ChecklistAnswer.YES))));

        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.result().level()).isEqualTo(AssessmentLevel.GOOD);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> assessments
                                .find(fixture.organisation, started.id())
                                .orElseThrow())
                        .input())
                .isEqualTo(input(ChecklistAnswer.YES));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> assessments.update(started.submit(NOW))))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void theLatestValidatedAssessmentOfEachToolComesInOneQueryAndPagesAreNewestFirst() {
        Fixture fixture = fixture("assess-latest");
        VendorAssessment older =
                validate(start(fixture, fixture.tool, ChecklistAnswer.YES), fixture, NOW.minus(400, ChronoUnit.DAYS));
        VendorAssessment newer =
                validate(start(fixture, fixture.tool, ChecklistAnswer.PARTIAL), fixture, NOW.minus(3, ChronoUnit.DAYS));
        start(fixture, fixture.tool, ChecklistAnswer.NO);
        VendorAssessment other = validate(start(fixture, fixture.otherTool, ChecklistAnswer.YES), fixture, NOW);

        List<ValidatedAssessment> latest = QuarkusTransaction.requiringNew()
                .call(() -> assessments.latestValidated(
                        fixture.organisation,
                        List.of(fixture.tool.id(), fixture.otherTool.id(), new ToolId(UUID.randomUUID()))));

        assertThat(latest).extracting(ValidatedAssessment::id).containsExactlyInAnyOrder(newer.id(), other.id());
        assertThat(latest)
                .filteredOn(v -> v.id().equals(newer.id()))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.score()).isEqualTo(50);
                    assertThat(v.level()).isEqualTo(AssessmentLevel.FAIR);
                    assertThat(v.validatedAt()).isEqualTo(NOW.minus(3, ChronoUnit.DAYS));
                });
        Page<VendorAssessment> first = QuarkusTransaction.requiringNew()
                .call(() -> assessments.ofTool(fixture.organisation, fixture.tool.id(), PageRequest.first(2)));
        Page<VendorAssessment> second = QuarkusTransaction.requiringNew()
                .call(() -> assessments.ofTool(
                        fixture.organisation, fixture.tool.id(), new PageRequest(2, first.continueAfter())));
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).extracting(VendorAssessment::id).containsExactly(older.id());
    }

    private VendorAssessment validate(VendorAssessment draft, Fixture fixture, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> {
            VendorAssessment submitted = assessments.update(draft.submit(at));
            return assessments.update(submitted.validate(fixture.referent.id(), at));
        });
    }

    /** Creation-ordered ids, as UUIDv7 gives them in production: pages follow them. */
    private static UUID timeOrdered() {
        return new UUID(System.nanoTime() & Long.MAX_VALUE, UUID.randomUUID().getLeastSignificantBits());
    }

    private static AssessmentInput input(ChecklistAnswer answer) {
        Map<ChecklistItem, ItemAnswer> answers = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            answers.put(item, ItemAnswer.of(item, answer));
        }
        answers.put(
                ChecklistItem.V01,
                new ItemAnswer(ChecklistItem.V01, answer, "Contrat signé le 3 mars", "https://example.org/dpa.pdf"));
        return new AssessmentInput(new AssessmentContext(false, true, false, true, false), answers);
    }

    private VendorAssessment start(Fixture fixture, AiTool tool, ChecklistAnswer answer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            VendorAssessment assessment = VendorAssessment.start(
                    new AssessmentId(timeOrdered()), tool, input(answer), fixture.admin.id(), NOW);
            assessments.add(assessment);
            return assessment;
        });
    }

    private Fixture fixture(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OrganisationId id = new OrganisationId(UUID.randomUUID());
            String unique = slug + "-" + id.value().toString().substring(0, 8);
            organisations.add(Organisation.register(
                    id, OrganisationKind.ASSOCIATION, anOrganisation(unique).build(), NOW));
            Membership admin = Membership.founder(
                    new MemberId(UUID.randomUUID()),
                    id,
                    new Caller("subject-" + unique, unique + "@example.org", true, "Admin", true),
                    NOW);
            memberships.add(admin);
            Membership referent = Membership.invite(
                    new MemberId(UUID.randomUUID()),
                    id,
                    aMemberWithoutAccount()
                            .named("Référente données")
                            .withRoles(Role.DATA_REFERENT)
                            .build(),
                    NOW);
            memberships.add(referent);
            AiTool tool = declare(id, admin, "DeepL");
            AiTool otherTool = declare(id, admin, "Whisper");
            return new Fixture(id, admin, referent, tool, otherTool);
        });
    }

    private AiTool declare(OrganisationId organisation, Membership admin, String name) {
        AiTool tool = AiTool.declare(
                new ToolId(UUID.randomUUID()),
                organisation,
                aTool().named(name)
                        .withVendor("Vendor")
                        .withData(DataCategory.INTERNAL, DataCategory.PERSONAL)
                        .build(),
                admin.id(),
                NOW);
        tools.add(tool);
        return tool;
    }
}
