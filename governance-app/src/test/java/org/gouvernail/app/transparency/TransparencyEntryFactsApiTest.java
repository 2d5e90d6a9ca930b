package org.gouvernail.app.transparency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;
import static org.gouvernail.domain.risk.ActionDetailsBuilder.anAction;
import static org.gouvernail.domain.risk.RiskBuilder.aStoredRisk;
import static org.gouvernail.domain.risk.RiskDetailsBuilder.aRisk;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentFacts;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentKind;
import org.gouvernail.domain.incident.IncidentStatus;
import org.gouvernail.domain.incident.IncidentType;
import org.gouvernail.domain.incident.SeverityAssessment;
import org.gouvernail.domain.incident.port.out.Incidents;
import org.gouvernail.domain.inventory.assessment.AssessmentInput;
import org.gouvernail.domain.inventory.assessment.ChecklistAnswer;
import org.gouvernail.domain.inventory.assessment.ChecklistItem;
import org.gouvernail.domain.inventory.assessment.ItemAnswer;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.inventory.assessment.port.in.AssessmentRegister;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.risk.ActionId;
import org.gouvernail.domain.risk.ActionStatus;
import org.gouvernail.domain.risk.MitigationAction;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskCategory;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.risk.Treatment;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.transparency.StatementStatus;
import org.gouvernail.domain.transparency.TransparencyStatement;
import org.gouvernail.domain.transparency.port.out.TransparencyStatements;
import org.gouvernail.domain.usecase.PeopleAffected;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseBuilder;
import org.gouvernail.domain.usecase.UseCaseDetailsBuilder;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.ValuesCheck;
import org.gouvernail.domain.usecase.port.out.UseCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What an entry of the statement says beyond its use case, each from its register: the tools with
 * vendor, hosting and the processor agreement of the latest validated vendor assessment, the main
 * risks on those tools with their safeguards (closed and unrelated risks left out), how to reach a
 * person and whether an outcome can be contested (values check); the optional facts the
 * organisation chose (literacy coverage equal to the dashboard's, incidents of the last twelve
 * months and the lessons learned that name nobody); and the statement going out of date when a
 * safeguard is added after publication.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransparencyEntryFactsApiTest {

    private static final String MEMBER_NAME = "Gaëlle Vandersmissen";

    private static Scene scene;
    private static UUID listed;
    private static RiskId mainRisk;
    private static String draftId;

    @Inject
    World world;

    @Inject
    OrganisationManagement management;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    UseCases useCases;

    @Inject
    Risks risks;

    @Inject
    Incidents incidents;

    @Inject
    AssessmentRegister assessments;

    @Inject
    TransparencyStatements statements;

    @Inject
    TransparencyDueItems dueItems;

    @BeforeEach
    void setUp() {
        if (scene != null) {
            return;
        }
        scene = world.scene();
        OrganisationId org = scene.organisation();
        management.addMember(
                World.caller(World.ADMIN),
                org,
                aMember()
                        .withEmail("gaelle@test.gouvernail.org")
                        .named(MEMBER_NAME)
                        .as(PersonType.STAFF)
                        .withRoles(Role.VIEWER)
                        .build());
        MemberId owner =
                memberships.findActive(org, World.COMMITTEE).orElseThrow().id();
        Instant now = Instant.now();
        UseCase useCase = UseCaseBuilder.from(UseCase.propose(
                        new UseCaseId(UUID.randomUUID()),
                        org,
                        UseCaseDetailsBuilder.aUseCase()
                                .titled("Réponses aux demandes d'aide alimentaire")
                                .withDescription("Propose un brouillon ; une personne répond toujours.")
                                .withTools(Set.of(scene.tool().id()))
                                .affecting(PeopleAffected.BENEFICIARIES)
                                .overseenBy("Chaque réponse est relue avant l'envoi.")
                                .ownedBy(owner)
                                .build(),
                        null,
                        owner,
                        now))
                .in(UseCaseStatus.IN_USE)
                .build()
                .withValuesAnswers(ValuesCheck.of(Map.of("AU_RECOURSE", true)));
        listed = useCase.id().value();
        mainRisk = new RiskId(UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            useCases.add(useCase);
            risks.add(risk(
                            mainRisk,
                            "Erreur dans une réponse",
                            4,
                            4,
                            Set.of(scene.tool().id()),
                            owner)
                    .withActions(List.of(
                            new MitigationAction(
                                    new ActionId(UUID.randomUUID()),
                                    anAction("Relecture de chaque réponse").build()),
                            new MitigationAction(
                                    new ActionId(UUID.randomUUID()),
                                    anAction("Abandonné")
                                            .in(ActionStatus.CANCELLED)
                                            .build())))
                    .build());
            risks.add(risk(new RiskId(UUID.randomUUID()), "Données envoyées hors UE", 2, 3, Set.of(), owner)
                    .build());
            risks.add(risk(
                            new RiskId(UUID.randomUUID()),
                            "Risque clos",
                            5,
                            5,
                            Set.of(scene.tool().id()),
                            owner)
                    .in(RiskStatus.CLOSED)
                    .build());
            incidents.add(incident(
                    org,
                    owner,
                    now.minus(Duration.ofDays(40)),
                    "Nous relisons désormais chaque traduction.\nDétails."));
            incidents.add(incident(
                    org, owner, now.minus(Duration.ofDays(20)), MEMBER_NAME + " a oublié de relire la réponse."));
            incidents.add(incident(org, owner, now.minus(Duration.ofDays(400)), "Trop ancien pour compter."));
        });
        VendorAssessment started = assessments.start(
                World.caller(World.CONTRIBUTOR), org, scene.tool().id(), answered(ChecklistAnswer.YES));
        VendorAssessment submitted =
                assessments.submit(World.caller(World.CONTRIBUTOR), org, started.id(), started.version());
        assessments.validate(World.caller(World.DATA_REFERENT), org, submitted.id(), submitted.version());
    }

    private static org.gouvernail.domain.risk.RiskBuilder risk(
            RiskId id,
            String title,
            int likelihood,
            int severity,
            Set<org.gouvernail.domain.inventory.ToolId> tools,
            MemberId owner) {
        return aStoredRisk()
                .withId(id)
                .of(scene.organisation())
                .withDetails(aRisk().titled(title)
                        .inCategory(RiskCategory.RELIABILITY_HALLUCINATION)
                        .rated(likelihood, severity)
                        .treatedBy(Treatment.MITIGATE)
                        .about(tools)
                        .ownedBy(owner)
                        .reviewedOn(LocalDate.now().plusMonths(3))
                        .build())
                .raisedBy(owner);
    }

    private static Incident incident(OrganisationId org, MemberId by, Instant detected, String lessons) {
        IncidentFacts facts = new IncidentFacts(
                "Réponse erronée",
                null,
                IncidentKind.INCIDENT,
                IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL,
                null,
                detected,
                Set.of(),
                Set.of(),
                null,
                Set.of(DataCategory.PERSONAL),
                null,
                null,
                true,
                Set.of(),
                false,
                false,
                false);
        return new Incident(
                new IncidentId(UUID.randomUUID()),
                org,
                facts,
                "BE",
                SeverityAssessment.of(facts),
                null,
                null,
                IncidentStatus.CLOSED,
                lessons,
                List.of(),
                List.of(),
                by,
                detected,
                0);
    }

    private static AssessmentInput answered(ChecklistAnswer answer) {
        Map<ChecklistItem, ItemAnswer> answers = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            answers.put(item, ItemAnswer.of(item, answer));
        }
        return new AssessmentInput(null, answers);
    }

    private static String base() {
        return "/api/v1/organisations/" + scene.org() + "/ai-transparency";
    }

    @Test
    @Order(1)
    @TestSecurity(user = World.ADMIN)
    void anEntryCarriesItsVendorsRisksSafeguardsAndRecourseAndTheChosenFacts() {
        long coverage = given().when()
                .get("/api/v1/organisations/" + scene.org() + "/dashboard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("sections.flatten().indicators.flatten().find { it.code == 'literacy.coverage' }.value");
        JsonPath drafted = given().contentType("application/json; charset=UTF-8")
                .body("{\"contactAddress\":\"ia@asbl.be\",\"includeTrainingCoverage\":true,\"includeIncidents\":true}")
                .when()
                .post(base())
                .then()
                .statusCode(201)
                .body("content.entries", hasSize(1))
                .body("content.entries[0].useCaseId", equalTo(listed.toString()))
                .body("content.entries[0].vendors", hasSize(1))
                .body(
                        "content.entries[0].vendors[0].name",
                        equalTo(scene.tool().details().name()))
                .body("content.entries[0].vendors[0].processorAgreement", equalTo("IN_PLACE"))
                .body(
                        "content.entries[0].vendors[0].hostingRegion",
                        equalTo(scene.tool().details().hostingRegion().name()))
                .body("content.entries[0].risks.title", contains("Erreur dans une réponse"))
                .body("content.entries[0].risks[0].level", equalTo("HIGH"))
                .body("content.entries[0].risks[0].category", equalTo("RELIABILITY_HALLUCINATION"))
                .body("content.entries[0].risks[0].safeguards", contains("Relecture de chaque réponse"))
                .body("content.entries[0].reachAHuman.contactAddress", equalTo("ia@asbl.be"))
                .body("content.entries[0].reachAHuman.questionForm", equalTo("ai-transparency/questions"))
                .body("content.entries[0].reachAHuman.recourse", equalTo("OFFERED"))
                .body("content.facts.incidentsLast12Months", equalTo(2))
                .body("content.facts.lessonsLearned", contains("Nous relisons désormais chaque traduction."))
                .extract()
                .jsonPath();
        assertThat(drafted.getLong("content.facts.literacyCoverage")).isEqualTo(coverage);
        assertThat(drafted.prettify()).doesNotContain(MEMBER_NAME).doesNotContain("Vandersmissen");
        draftId = drafted.getString("id");
        System.out.println("TRANSPARENCY-ENTRY-JSON " + drafted.prettify()); // quoted by docs/api.md
    }

    @Test
    @Order(2)
    @TestSecurity(user = World.ADMIN)
    void aPublishedEntryGoesOutOfDateWhenASafeguardIsAddedAndThePageShowsRisksAndFacts() {
        QuarkusTransaction.requiringNew().run(() -> {
            TransparencyStatement draft = statements
                    .find(scene.organisation(), UUID.fromString(draftId))
                    .orElseThrow();
            statements.update(draft.submit().publishByDecision(UUID.randomUUID(), Instant.now()));
        });
        Instant horizon = Instant.now().plus(Duration.ofDays(400));
        assertThat(QuarkusTransaction.requiringNew().call(() -> dueItems.dueIn(scene.organisation(), horizon, 10)))
                .isEmpty();

        String slug =
                organisations.find(scene.organisation()).orElseThrow().profile().slug();
        String page = given().accept("text/html")
                .queryParam("lang", "en")
                .when()
                .get("/api/v1/public/organisations/" + slug + "/ai-transparency")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Main risks and safeguards")
                .contains("Relecture de chaque réponse")
                .contains("processor agreement in place")
                .contains("An outcome can be contested with a person.")
                .contains("AI incidents in the last twelve months: 2")
                .doesNotContain(MEMBER_NAME);
        given().when()
                .get("/api/v1/public/organisations/" + slug + "/ai-transparency/algoritmeregister")
                .then()
                .statusCode(200)
                .body(
                        "algorithms[0].risks",
                        containsString("Erreur dans une réponse (HIGH): Relecture de chaque réponse"));

        QuarkusTransaction.requiringNew().run(() -> {
            Risk risk = risks.find(scene.organisation(), mainRisk).orElseThrow();
            risks.update(risk.addAction(new MitigationAction(
                    new ActionId(UUID.randomUUID()),
                    anAction("Former l'équipe d'accueil").build())));
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> dueItems.dueIn(scene.organisation(), horizon, 10)))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.kind()).isEqualTo(TransparencyDueItems.OUT_OF_DATE);
                    assertThat(item.subjectId()).isEqualTo(UUID.fromString(draftId));
                });
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> statements
                                .find(scene.organisation(), UUID.fromString(draftId))
                                .orElseThrow()
                                .status()))
                .isEqualTo(StatementStatus.PUBLISHED);
    }
}
