package org.gouvernail.app.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.risk.RiskBuilder.aStoredRisk;
import static org.gouvernail.domain.risk.RiskDetailsBuilder.aRisk;
import static org.gouvernail.domain.usecase.UseCaseDetailsBuilder.aUseCase;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseBuilder;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.port.out.UseCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Reports through HTTP: a board brief drafted, its chair's words edited with If-Match, finalised with
 * its data frozen and hashed; the registers change and the final report does not (JSON, HTML, hash),
 * while a new draft sees the change and compares with it; the PDF is rendered to images and read as
 * text as a person would; listing, funder scope, problems and audit. The tests run in order.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportApiTest {

    static final List<String> BOARD_SECTIONS = List.of(
            "Posture per area",
            "Change since the last report",
            "Decisions and actions due",
            "Top risks",
            "Risk heatmap",
            "Incidents and duties",
            "AI literacy (training)",
            "Apply or explain");

    private static Scene scene;
    private static MemberId owner;
    private static String organisationName;
    private static String brief;
    private static String frozenJson;
    private static String frozenHtml;
    private static String sha256;
    private static String secondBrief;

    @Inject
    World world;

    @Inject
    Memberships memberships;

    @Inject
    Organisations organisations;

    @Inject
    Risks risks;

    @Inject
    UseCases useCases;

    @BeforeEach
    void setUp() {
        if (scene != null) {
            return;
        }
        scene = world.scene();
        owner = memberships
                .findActive(scene.organisation(), World.COMMITTEE)
                .orElseThrow()
                .id();
        organisationName =
                organisations.find(scene.organisation()).orElseThrow().profile().name();
    }

    private static String base() {
        return "/api/v1/organisations/" + scene.org() + "/reports";
    }

    private static Response post(String body) {
        return given().contentType("application/json; charset=UTF-8")
                .header("Accept-Language", "en")
                .body(body)
                .when()
                .post(base());
    }

    private void addRisk(int likelihood, int severity) {
        QuarkusTransaction.requiringNew()
                .run(() -> risks.add(aStoredRisk()
                        .withId(new RiskId(UUID.randomUUID()))
                        .of(scene.organisation())
                        .withDetails(aRisk().rated(likelihood, severity)
                                .ownedBy(owner)
                                .build())
                        .raisedBy(owner)
                        .build()));
    }

    private static String etag(String id) {
        return given().when()
                .get(base() + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static Long indicator(String json, String code) {
        Object value = JsonPath.from(json).get("indicators.find { it.code == '" + code + "' }.value");
        return value == null ? null : ((Number) value).longValue();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @Order(1)
    @TestSecurity(user = World.ADMIN)
    void badReportsAreRefusedAsProblems() {
        post("{\"type\":\"BOARD_BRIEF\",\"periodFrom\":\"2026-11-30\",\"periodTo\":\"2026-09-01\"}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("periodTo"));
        post("{\"type\":\"FUNDER\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-11-30\"}")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("scope"));
        post("{\"type\":\"EVIDENCE_PACK\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-11-30\","
                        + "\"sections\":[\"POSTURE\"]}")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sections"));
        post("{\"type\":\"FUNDER\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-11-30\",\"scope\":[\""
                        + UUID.randomUUID() + "\"]}")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("scope"));
        post("{\"type\":\"BOARD_BRIEF\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-11-30\",\"language\":\"de\"}")
                .then()
                .statusCode(400);
        post("{\"type\":\"MINUTES\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-11-30\"}")
                .then()
                .statusCode(400);
    }

    @Test
    @Order(2)
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorNeitherDraftsNorReads() {
        post("{\"type\":\"BOARD_BRIEF\",\"periodFrom\":\"2026-09-01\",\"periodTo\":\"2026-11-30\"}")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().when().get(base()).then().statusCode(403);
    }

    @Test
    @Order(3)
    @TestSecurity(user = World.ADMIN)
    void aBoardBriefIsDraftedWithTheDefaultSectionsAndItsWordsEditedWithIfMatch() {
        addRisk(5, 5);
        brief = post("{\"type\":\"BOARD_BRIEF\",\"periodFrom\":\"2026-09-01\",\"periodTo\":\"2026-11-30\","
                        + "\"language\":\"en\",\"title\":\"Autumn 2026\"}")
                .then()
                .statusCode(201)
                .header("Location", containsString("/reports/"))
                .body("status", equalTo("DRAFT"))
                .body("language", equalTo("en"))
                .body("sections", hasSize(8))
                .body("sections[0]", equalTo("POSTURE"))
                .body("sha256", nullValue())
                .extract()
                .path("id");
        String patch = "{\"chairWords\":\"The board thanks the committee.\"}";
        given().contentType("application/merge-patch+json")
                .body(patch)
                .when()
                .patch(base() + "/" + brief)
                .then()
                .statusCode(428);
        String etag = etag(brief);
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(patch)
                .when()
                .patch(base() + "/" + brief)
                .then()
                .statusCode(200)
                .body("chairWords", equalTo("The board thanks the committee."))
                .body("title", equalTo("Autumn 2026"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(patch)
                .when()
                .patch(base() + "/" + brief)
                .then()
                .statusCode(412);
        String draft = given().when()
                .get(base() + "/" + brief + "/content")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .extract()
                .asString();
        assertThat(indicator(draft, "risks.open")).isEqualTo(1L);
        assertThat(JsonPath.from(draft).getString("chairWords")).isEqualTo("The board thanks the committee.");
    }

    @Test
    @Order(4)
    @TestSecurity(user = World.ADMIN)
    void finalisingFreezesTheDataAndTheContentCarriesItsSha256() throws Exception {
        given().contentType("application/json")
                .header("If-Match", etag(brief))
                .body("{\"decisionId\":\"" + UUID.randomUUID() + "\"}")
                .when()
                .post(base() + "/" + brief + "/finalise")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("decisionId"));
        sha256 = given().contentType("application/json")
                .header("If-Match", etag(brief))
                .body("{}")
                .when()
                .post(base() + "/" + brief + "/finalise")
                .then()
                .statusCode(200)
                .body("status", equalTo("FINAL"))
                .body("sha256", matchesPattern("^[0-9a-f]{64}$"))
                .body("finalisedAt", notNullValue())
                .extract()
                .path("sha256");
        Response content = given().when().get(base() + "/" + brief + "/content");
        content.then().statusCode(200).header("X-Report-SHA256", equalTo(sha256));
        frozenJson = content.asString();
        assertThat(sha256(frozenJson)).isEqualTo(sha256);
        assertThat(content.header("Repr-Digest"))
                .isEqualTo("sha-256=:"
                        + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");
        assertThat(indicator(frozenJson, "risks.open")).isEqualTo(1L);
        frozenHtml = given().when()
                .get(base() + "/" + brief + "/html")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    @Order(5)
    @TestSecurity(user = World.ADMIN)
    void laterRegisterChangesNeverChangeAFinalReport() {
        addRisk(4, 5);
        addRisk(2, 2);
        Response again = given().when().get(base() + "/" + brief + "/content");
        assertThat(again.asString()).isEqualTo(frozenJson);
        assertThat(again.header("X-Report-SHA256")).isEqualTo(sha256);
        given().when().get(base() + "/" + brief).then().body("sha256", equalTo(sha256));
        assertThat(given().when().get(base() + "/" + brief + "/html").asString())
                .isEqualTo(frozenHtml);

        given().contentType("application/merge-patch+json")
                .header("If-Match", etag(brief))
                .body("{\"chairWords\":\"Changed\"}")
                .when()
                .patch(base() + "/" + brief)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("report-final"));
        given().contentType("application/json")
                .header("If-Match", etag(brief))
                .body("{}")
                .when()
                .post(base() + "/" + brief + "/finalise")
                .then()
                .statusCode(409);

        secondBrief = post("{\"type\":\"BOARD_BRIEF\",\"periodFrom\":\"2026-10-01\",\"periodTo\":\"2026-12-31\","
                        + "\"language\":\"en\"}")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String live =
                given().when().get(base() + "/" + secondBrief + "/content").asString();
        assertThat(indicator(live, "risks.open")).isEqualTo(3L);
        assertThat(JsonPath.from(live).getString("comparedWith")).isEqualTo("2026-11-30");
        assertThat(JsonPath.from(live).<Object>get("indicators.find { it.code == 'risks.open' }.previous"))
                .isEqualTo(1);
        given().queryParam("with", brief)
                .when()
                .get(base() + "/" + secondBrief + "/compare")
                .then()
                .statusCode(200)
                .body("earlier", equalTo(brief))
                .body("later", equalTo(secondBrief))
                .body("changes.find { it.code == 'risks.open' }.earlier", equalTo(1))
                .body("changes.find { it.code == 'risks.open' }.later", equalTo(3))
                .body("changes.find { it.code == 'risks.open' }.delta", equalTo(2));
        given().queryParam("with", "nope")
                .when()
                .get(base() + "/" + secondBrief + "/compare")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @Order(6)
    @TestSecurity(user = World.VIEWER)
    void theHtmlPageNeedsNoJavaScriptAndShowsTheHash() {
        Response html = given().when().get(base() + "/" + brief + "/html");
        html.then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("img-src data:"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Language", equalTo("en"));
        String page = html.asString();
        assertThat(page).doesNotContainIgnoringCase("<script").contains(sha256).contains("data:image/png;base64,");
        for (String section : BOARD_SECTIONS) {
            assertThat(page).contains(section);
        }
        assertThat(page).contains("The board thanks the committee.");
    }

    @Test
    @Order(7)
    @TestSecurity(user = World.VIEWER)
    void thePdfOpensWithItsPagesAndSectionsAsAPersonWouldSeeThem() throws Exception {
        byte[] pdf = given().when()
                .get(base() + "/" + brief + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Report-SHA256", equalTo(sha256))
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(1, 4);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 60);
                assertThat(inkShare(image)).as("ink on page %d", page + 1).isGreaterThan(0.005);
            }
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(organisationName).contains("Board brief").contains(sha256);
            for (String section : BOARD_SECTIONS) {
                assertThat(text).as("section %s", section).contains(section);
            }
        }
    }

    @Test
    @Order(8)
    @TestSecurity(user = World.COMMITTEE)
    void aFrenchAnnualReportDrawsItsChartsAndReadsInFrench() throws Exception {
        String annual = post("{\"type\":\"GENERAL_ASSEMBLY_ANNUAL\",\"periodFrom\":\"2026-01-01\","
                        + "\"periodTo\":\"2026-12-31\",\"language\":\"fr\"}")
                .then()
                .statusCode(201)
                .body("sections", hasItems("TRENDS", "USE_CASE_MATRIX", "RISK_HEATMAP"))
                .extract()
                .path("id");
        byte[] pdf = given().when()
                .get(base() + "/" + annual + "/pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Comment nous avons gouverné l'IA cette année")
                    .contains("Situation par domaine")
                    .contains("Matrice des cas d'usage")
                    .contains("Carte des risques")
                    .contains("Appliquer ou expliquer")
                    .contains("BROUILLON");
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                assertThat(inkShare(renderer.renderImageWithDPI(page, 60))).isGreaterThan(0.005);
            }
        }
    }

    @Test
    @Order(9)
    @TestSecurity(user = World.ADMIN)
    void aFunderReportIsScopedToTheProjectsUseCasesAndItsChosenSections() {
        UseCase useCase = UseCaseBuilder.from(UseCase.propose(
                        new UseCaseId(UUID.randomUUID()),
                        scene.organisation(),
                        aUseCase()
                                .titled("Aide à l'orientation des familles")
                                .ownedBy(owner)
                                .build(),
                        null,
                        owner,
                        Instant.now()))
                .in(UseCaseStatus.PILOT)
                .build();
        QuarkusTransaction.requiringNew().run(() -> useCases.add(useCase));
        String funder = post("{\"type\":\"FUNDER\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-12-31\","
                        + "\"scope\":[\"" + useCase.id().value()
                        + "\"],\"sections\":[\"USE_CASES\",\"DPIA_SCREENINGS\"]}")
                .then()
                .statusCode(201)
                .body("sections", hasSize(2))
                .body("scope[0]", equalTo(useCase.id().value().toString()))
                .extract()
                .path("id");
        given().when()
                .get(base() + "/" + funder + "/content")
                .then()
                .statusCode(200)
                .body("useCases", hasSize(1))
                .body("useCases[0].title", equalTo("Aide à l'orientation des familles"));
        assertThat(given().when().get(base() + "/" + funder + "/html").asString())
                .contains("Cas d&#39;usage")
                .doesNotContain("Situation par domaine");
    }

    @Test
    @Order(10)
    @TestSecurity(user = World.ADMIN)
    void theListIsKeysetPagedNewestFirstAndFiltersByType() {
        String first = given().queryParam("limit", 2)
                .when()
                .get(base())
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");
        given().queryParam("limit", 2)
                .queryParam("cursor", first)
                .when()
                .get(base())
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", nullValue());
        given().queryParam("type", "BOARD_BRIEF")
                .when()
                .get(base())
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(secondBrief, brief)));
        given().queryParam("type", "MINUTES").when().get(base()).then().statusCode(400);
        given().when()
                .get("/api/v1/organisations/" + scene.org() + "/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", hasItems("report.drafted", "report.edited", "report.finalised"));
    }

    /** The share of pixels that are not (nearly) white: a blank page has none. */
    static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 3 * 235) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
