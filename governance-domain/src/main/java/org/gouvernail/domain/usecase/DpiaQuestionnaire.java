package org.gouvernail.domain.usecase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gouvernail.domain.shared.TextBundle;
import org.gouvernail.domain.usecase.Question.AnswerType;
import org.gouvernail.domain.usecase.Question.Option;
import org.gouvernail.domain.usecase.Question.Section;

/**
 * Reference data: the DPIA screening questionnaire, version 2: the three cases of GDPR art. 35(3),
 * the nine criteria of the EDPB-endorsed guidelines WP248 rev.01, the items of the national lists
 * of art. 35(4) (Belgium: APD/GBA decision 01/2019; France: CNIL deliberation 2018-327; a form asks
 * only the list of the organisation's country, by section), and whether a DPO is designated (art.
 * 37). Its codes are those of {@link Article35Case}, {@link DpiaCriterion}, {@link DpiaListItem}
 * and {@link DpoStatus}, which the screening answers carry; the texts live in {@code
 * dpia-questionnaire_<language>.properties}. Version 1 had the first twelve questions only.
 */
public final class DpiaQuestionnaire {

    public static final String ID = "dpia";
    public static final String VERSION = "2";

    /** The code of the question on the data protection officer (answers: {@link DpoStatus}). */
    public static final String DPO = "DPO";

    private static final TextBundle TEXTS = TextBundle.load(DpiaQuestionnaire.class, "dpia-questionnaire");

    private static final Questionnaire QUESTIONNAIRE = build();

    private DpiaQuestionnaire() {}

    public static Questionnaire questionnaire() {
        return QUESTIONNAIRE;
    }

    private static Questionnaire build() {
        List<Question> questions = new ArrayList<>();
        for (Article35Case required : Article35Case.values()) {
            questions.add(question(required.name(), Section.GDPR_ARTICLE_35, required.citation()));
        }
        for (DpiaCriterion criterion : DpiaCriterion.values()) {
            questions.add(question(criterion.name(), Section.WP248_CRITERIA, criterion.citation()));
        }
        for (DpiaListItem item : DpiaListItem.values()) {
            questions.add(question(
                    item.name(),
                    item.country().equals("BE") ? Section.NATIONAL_LIST_BE : Section.NATIONAL_LIST_FR,
                    item.citation()));
        }
        questions.add(new Question(
                DPO,
                Section.DPO,
                AnswerType.ONE_OF,
                Arrays.stream(DpoStatus.values())
                        .map(status -> new Option(status.name(), TEXTS.text(DPO + ".option." + status.name())))
                        .toList(),
                Citation.gdpr("37", "1", null),
                List.of(),
                false,
                TEXTS.text(DPO + ".text"),
                null,
                TEXTS.optional(DPO + ".help").orElse(null)));
        return new Questionnaire(
                ID,
                VERSION,
                LocalDate.of(2026, 11, 30),
                List.of(
                        "Regulation (EU) 2016/679, art. 35 and 37, ELI http://data.europa.eu/eli/reg/2016/679/oj",
                        "Article 29 Working Party, WP248 rev.01 (4 October 2017), endorsed by the EDPB on 25 May 2018",
                        "Autorité de protection des données / Gegevensbeschermingsautoriteit, decision of the General "
                                + "Secretariat 01/2019 of 16 January 2019 (Moniteur belge 22 March 2019), items 1-6 as summarised "
                                + "by Timelex and Loyens & Loeff (decision text not read)",
                        "CNIL, deliberation 2018-327 of 11 October 2018 (JO 6 November 2018), its 14 types as published on "
                                + "cnil.fr (Journal officiel text not read)"),
                questions);
    }

    private static Question question(String code, Section section, Citation citation) {
        return new Question(
                code,
                section,
                AnswerType.YES_NO,
                List.of(),
                citation,
                List.of(),
                false,
                TEXTS.text(code + ".text"),
                null,
                TEXTS.optional(code + ".help").orElse(null));
    }
}
