package org.gouvernail.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DPIA screening, country-aware, on cases written from the law: GDPR art. 35(1), (3), (4),
 * art. 37; the APD/GBA list (decision 01/2019) for Belgium, the CNIL list (deliberation 2018-327)
 * for France, the WP248 criteria elsewhere. Each case states its legal reasoning.
 */
class DpiaLawCasesTest {

    /**
     * One case: the organisation's country, its DPO answer, the answers ticked (codes of
     * Article35Case, DpiaCriterion or DpiaListItem, space-separated), the expected outcome, and the
     * reason that must carry it with its stable reference (null: only the outcome is checked).
     */
    record Case(
            String name,
            String country,
            DpoStatus dpo,
            String ticked,
            DpiaOutcome outcome,
            String reason,
            String reference,
            String signature) {

        DpiaAnswers answers() {
            Set<Article35Case> cases = EnumSet.noneOf(Article35Case.class);
            Set<DpiaCriterion> criteria = EnumSet.noneOf(DpiaCriterion.class);
            Set<DpiaListItem> items = EnumSet.noneOf(DpiaListItem.class);
            for (String code : ticked.isBlank() ? new String[0] : ticked.trim().split("\\s+")) {
                if (code.startsWith("R_")) {
                    cases.add(Article35Case.valueOf(code));
                } else if (code.matches("C\\d")) {
                    criteria.add(DpiaCriterion.valueOf(code));
                } else {
                    items.add(DpiaListItem.valueOf(code));
                }
            }
            return new DpiaAnswers(cases, criteria, items, dpo, null).in(country);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // Belgian asbl sharing social-work case files as a matter of course with the CPAS: APD/GBA list
                // item 5 (systematic exchange of highly personal data — social-work involvement — between several
                // controllers) makes the DPIA mandatory under art. 35(4), whatever the WP248 count.
                new Case(
                        "BE: social-work files shared with the CPAS",
                        "BE",
                        DpoStatus.NONE,
                        "BE_5",
                        DpiaOutcome.REQUIRED,
                        "list.BE_5",
                        "APD/GBA decision 01/2019, n° 5",
                        "sign.no-dpo"),
                // Face recognition at the entrance of a Belgian festival open to the public: biometric data to
                // identify people uniquely in a place open to the public, APD/GBA item 1.
                new Case(
                        "BE: face recognition at a public event's entrance",
                        "BE",
                        DpoStatus.VOLUNTARY,
                        "BE_1 C3 C8",
                        DpiaOutcome.REQUIRED,
                        "list.BE_1",
                        "APD/GBA decision 01/2019, n° 1",
                        "sign.dpo-advice"),
                // A Belgian housing association ending a tenancy-support contract on the strength of data bought
                // from a credit bureau: third-party data used to end a service contract, APD/GBA item 2.
                new Case(
                        "BE: third-party data to end a service contract",
                        "BE",
                        DpoStatus.MANDATORY,
                        "BE_2",
                        DpiaOutcome.REQUIRED,
                        "list.BE_2",
                        "APD/GBA decision 01/2019, n° 2",
                        "sign.dpo-advice"),
                // A Belgian patients' association analysing data collected on a large scale from third parties to
                // predict members' health: APD/GBA item 4.
                new Case(
                        "BE: large-scale third-party data to predict health",
                        "BE",
                        DpoStatus.MANDATORY,
                        "BE_4 C1",
                        DpiaOutcome.REQUIRED,
                        "list.BE_4",
                        "APD/GBA decision 01/2019, n° 4",
                        "sign.dpo-advice"),
                // Smart sensors in a Belgian care home's rooms, on a large scale: APD/GBA item 6 (Internet of Things).
                new Case(
                        "BE: large-scale connected sensors",
                        "BE",
                        DpoStatus.MANDATORY,
                        "BE_6",
                        DpiaOutcome.REQUIRED,
                        "list.BE_6",
                        "APD/GBA decision 01/2019, n° 6",
                        "sign.dpo-advice"),
                // A Belgian asbl with no list item and only one WP248 criterion (AI as new technology): no DPIA
                // indicated; without a DPO, the advice goes to the data referent, and art. 37(1) is to be checked.
                new Case(
                        "BE: one criterion, no DPO",
                        "BE",
                        DpoStatus.NONE,
                        "C8",
                        DpiaOutcome.NOT_INDICATED,
                        "one-criterion-ask-referent",
                        "GDPR art. 35(2)",
                        "sign.no-dpo"),
                // A Belgian asbl whose AI tool scores vulnerable beneficiaries: C1 + C7 + C8, no list item, no
                // 35(3) case → LIKELY under WP248 (two criteria or more); the DPO question was not answered, so
                // the screening asks it rather than assuming either way.
                new Case(
                        "BE: scoring vulnerable beneficiaries, DPO unanswered",
                        "BE",
                        null,
                        "C1 C7 C8",
                        DpiaOutcome.LIKELY,
                        "likely",
                        "EDPB WP248 rev.01, III.B.a",
                        "sign.dpo-unknown"),
                // French association for social support (accompagnement social) of people: CNIL type 13.
                new Case(
                        "FR: social support of people",
                        "FR",
                        DpoStatus.NONE,
                        "FR_13",
                        DpiaOutcome.REQUIRED,
                        "list.FR_13",
                        "CNIL deliberation 2018-327, n° 13",
                        "sign.no-dpo"),
                // French association running an internal whistleblowing channel for its staff: CNIL type 6.
                new Case(
                        "FR: professional alerts",
                        "FR",
                        DpoStatus.VOLUNTARY,
                        "FR_6",
                        DpiaOutcome.REQUIRED,
                        "list.FR_6",
                        "CNIL deliberation 2018-327, n° 6",
                        "sign.dpo-advice"),
                // French day centre using face recognition to check in elderly visitors: biometric recognition
                // of people among whom are vulnerable persons, CNIL type 11.
                new Case(
                        "FR: biometric check-in of elderly people",
                        "FR",
                        DpoStatus.MANDATORY,
                        "FR_11",
                        DpiaOutcome.REQUIRED,
                        "list.FR_11",
                        "CNIL deliberation 2018-327, n° 11",
                        "sign.dpo-advice"),
                // French employer-association tool that monitors employees' activity constantly: CNIL type 4.
                new Case(
                        "FR: constant monitoring of employees",
                        "FR",
                        DpoStatus.NONE,
                        "FR_4 C3",
                        DpiaOutcome.REQUIRED,
                        "list.FR_4",
                        "CNIL deliberation 2018-327, n° 4",
                        "sign.no-dpo"),
                // French social-housing association examining applications with an AI assistant: CNIL type 12.
                new Case(
                        "FR: social-housing applications",
                        "FR",
                        DpoStatus.MANDATORY,
                        "FR_12 C1",
                        DpiaOutcome.REQUIRED,
                        "list.FR_12",
                        "CNIL deliberation 2018-327, n° 12",
                        "sign.dpo-advice"),
                // A French association with two WP248 criteria and no CNIL type: LIKELY (WP248), not REQUIRED.
                new Case(
                        "FR: two criteria, no list item",
                        "FR",
                        DpoStatus.NONE,
                        "C4 C8",
                        DpiaOutcome.LIKELY,
                        "likely",
                        "EDPB WP248 rev.01, III.B.a",
                        "sign.no-dpo"),
                // A Luxembourg asbl: no list of the CNPD is encoded, so the general criteria apply and a reason
                // says the national list was not checked (art. 35(4)); one criterion → NOT_INDICATED.
                new Case(
                        "LU: no encoded list, one criterion",
                        "LU",
                        DpoStatus.NONE,
                        "C7",
                        DpiaOutcome.NOT_INDICATED,
                        "no-national-list",
                        "GDPR art. 35(4)",
                        "sign.no-dpo"),
                // A Dutch foundation with two criteria: LIKELY under WP248; the AP's list is not encoded.
                new Case(
                        "NL: no encoded list, two criteria",
                        "NL",
                        DpoStatus.VOLUNTARY,
                        "C2 C7",
                        DpiaOutcome.LIKELY,
                        "no-national-list",
                        "GDPR art. 35(4)",
                        "sign.dpo-advice"),
                // Large-scale processing of health data (art. 9) in any country: art. 35(3)(b), REQUIRED even
                // where no national list is encoded.
                new Case(
                        "LU: art. 35(3)(b) applies everywhere",
                        "LU",
                        DpoStatus.MANDATORY,
                        "R_B C4 C5",
                        DpiaOutcome.REQUIRED,
                        "required.R_B",
                        "GDPR art. 35(3)(b)",
                        "sign.dpo-advice"),
                // Large-scale video analytics of a Belgian public square: art. 35(3)(c), REQUIRED; no list item
                // is needed for it.
                new Case(
                        "BE: art. 35(3)(c) monitoring of a public area",
                        "BE",
                        DpoStatus.MANDATORY,
                        "R_C",
                        DpiaOutcome.REQUIRED,
                        "required.R_C",
                        "GDPR art. 35(3)(c)",
                        "sign.dpo-advice"),
                // A French association with nothing ticked: no DPIA indicated (art. 35(1) read with 35(3)-(4)).
                new Case(
                        "FR: nothing applies",
                        "FR",
                        DpoStatus.NONE,
                        "",
                        DpiaOutcome.NOT_INDICATED,
                        "not-indicated",
                        "GDPR art. 35(1)",
                        "sign.no-dpo"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theOutcomeFollowsTheLawOfTheCountry(Case example) {
        DpiaScreening screening = example.answers().screen();

        assertThat(screening.outcome()).isEqualTo(example.outcome());
        assertThat(screening.reasons())
                .filteredOn(reason -> reason.code().equals(example.reason()))
                .extracting(Reason::reference)
                .containsExactly(example.reference());
        // The controller carries out and signs the DPIA (art. 35(1)); the DPO's part follows the answer.
        assertThat(screening.signature())
                .extracting(Reason::code)
                .containsExactly("sign.controller", example.signature());
    }

    @Test
    void anItemOfAnotherCountrysListIsRefusedNamingTheField() {
        // Art. 35(4): only the list of the controller's own supervisory authority applies; a Belgian asbl
        // cannot tick a CNIL type.
        DpiaAnswers answers = new DpiaAnswers(Set.of(), Set.of(), Set.of(DpiaListItem.FR_13), DpoStatus.NONE, null);

        assertThatThrownBy(() -> answers.in("be"))
                .isInstanceOfSatisfying(
                        InvalidInput.class, error -> assertThat(error.field()).isEqualTo("listItems"));
        assertThatThrownBy(() -> answers.in("LU")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theListReasonReadsInTheCallersLanguage() {
        Reason reason = new DpiaAnswers(Set.of(), Set.of(), Set.of(DpiaListItem.BE_5), null, null)
                .in("BE")
                .screen()
                .reasons()
                .get(0);

        assertThat(reason.citation().in(Language.FR)).isEqualTo("APD, décision 01/2019 du 16 janvier 2019, n° 5");
        assertThat(reason.citation().in(Language.NL)).isEqualTo("GBA, beslissing 01/2019 van 16 januari 2019, n° 5");
    }

    @Test
    void screeningsOfVersionOneStillReadWithoutCountryOrDpo() {
        // Stored before version 2: no country, no DPO answer; the outcome is the one computed then.
        DpiaScreening screening = new DpiaAnswers(Set.of(), EnumSet.of(DpiaCriterion.C7, DpiaCriterion.C8)).screen();

        assertThat(screening.outcome()).isEqualTo(DpiaOutcome.LIKELY);
        assertThat(screening.reasons()).extracting(Reason::code).doesNotContain("no-national-list");
        assertThat(screening.signature()).extracting(Reason::code).contains("sign.dpo-unknown");
    }

    @Test
    void theQuestionnaireAsksEveryListItemAndTheDpoQuestion() {
        List<String> codes = DpiaQuestionnaire.questionnaire().questions().stream()
                .map(Question::code)
                .toList();
        Set<String> items = Arrays.stream(DpiaListItem.values()).map(Enum::name).collect(Collectors.toSet());

        assertThat(codes).containsAll(items).contains("DPO");
        assertThat(DpiaQuestionnaire.questionnaire().version()).isEqualTo("2");
        assertThat(DpiaListItem.of("be")).hasSize(6);
        assertThat(DpiaListItem.of("FR")).hasSize(14);
    }
}
