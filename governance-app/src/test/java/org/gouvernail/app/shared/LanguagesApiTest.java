package org.gouvernail.app.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.gouvernail.app.support.World;
import org.junit.jupiter.api.Test;

/**
 * Languages through HTTP: a Dutch reader gets Dutch where it is written and French where it is not,
 * and Content-Language says which; French and English readers keep what they had.
 */
@QuarkusTest
class LanguagesApiTest {

    @Test
    @TestSecurity(user = World.VIEWER)
    void aDutchReaderGetsADutchProblem() {
        given().header("Accept-Language", "nl-BE")
                .when()
                .get("/api/v1/reference/policy-templates/no-such-template")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("Content-Language", "nl")
                .body("title", equalTo("Niet gevonden"))
                .body("detail", equalTo("Geen toegankelijke beleidsmodel met id no-such-template."));
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aDutchReaderGetsTheUseCaseCatalogueInDutch() {
        given().header("Accept-Language", "nl")
                .when()
                .get("/api/v1/reference/use-case-catalogue")
                .then()
                .statusCode(200)
                .header("Content-Language", "nl")
                .body("items[0].title", equalTo("Berichten voor sociale media schrijven"))
                .body(
                        "items.find { it.id == 'automated-beneficiary-decisions' }.warning",
                        equalTo(
                                "Valkuil: geautomatiseerde beslissing met aanzienlijke gevolgen (AVG art. 22), GEB vereist, mogelijk een hoog "
                                        + "risico (AI Act bijlage III punt 5). AI kan hoogstens het dossier voorbereiden; de beslissing blijft menselijk."));
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void theRiskCatalogueKeepsFrenchAndEnglishAndAddsDutch() {
        given().header("Accept-Language", "nl")
                .when()
                .get("/api/v1/reference/risk-catalogue")
                .then()
                .statusCode(200)
                .header("Content-Language", "nl")
                .body("items[0].title.fr", equalTo("Données de bénéficiaires collées dans un chatbot public"))
                .body("items[0].title.en", equalTo("Beneficiary data pasted into a public chatbot"))
                .body("items[0].title.nl", equalTo("Gegevens van begunstigden in een openbare chatbot geplakt"))
                .body("items[0].suggestedActions[2].nl", equalTo("De teams leren om vóór elk gebruik te anonimiseren"));
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void theChecklistLabelsAreInDutch() {
        given().header("Accept-Language", "nl")
                .when()
                .get("/api/v1/reference/vendor-checklist")
                .then()
                .statusCode(200)
                .header("Content-Language", "nl")
                .body("answers.find { it.code == 'NOT_APPLICABLE' }.label.nl", equalTo("Niet van toepassing"))
                .body("answers.find { it.code == 'NOT_APPLICABLE' }.label.fr", equalTo("Sans objet"));
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aTemplateNotYetWrittenInDutchIsServedInFrenchAndSaysSo() {
        given().header("Accept-Language", "nl")
                .when()
                .get("/api/v1/reference/policy-templates/small-local-association")
                .then()
                .statusCode(200)
                .header("Content-Language", "nl, fr")
                .body("name", equalTo("Kleine lokale vzw"))
                .body("language", equalTo("fr"))
                .body(
                        "rules[0].rationale",
                        equalTo(
                                "Les chatbots font gagner du temps pour préparer un texte ou trouver des idées, mais ils "
                                        + "se trompent parfois et gardent souvent ce qu'on leur écrit."));
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aLanguageThePlatformDoesNotSpeakGetsFrench() {
        given().header("Accept-Language", "de-DE, nl;q=0.5")
                .when()
                .get("/api/v1/reference/use-case-catalogue")
                .then()
                .statusCode(200)
                .header("Content-Language", "nl");
        given().header("Accept-Language", "de")
                .when()
                .get("/api/v1/reference/policy-templates/no-such-template")
                .then()
                .statusCode(404)
                .header("Content-Language", "fr")
                .body("title", equalTo("Introuvable"));
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void englishAndFrenchReadersKeepWhatTheyHad() {
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/reference/use-case-catalogue")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("items[0].title", equalTo("Draft social media posts"));
        given().when()
                .get("/api/v1/reference/policy-templates")
                .then()
                .statusCode(200)
                .header("Content-Language", "fr")
                .body("[0].name.fr", equalTo("Petite asbl locale"))
                .body("[0].name.en", equalTo("Small local association"))
                .body("[0].name.nl", equalTo("Kleine lokale vzw"));
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void anOrganisationsOwnDataCarriesNoContentLanguage() {
        given().header("Accept-Language", "nl")
                .when()
                .get("/api/v1/me")
                .then()
                .header("Content-Language", nullValue())
                .statusCode(not(equalTo(500)));
    }
}
