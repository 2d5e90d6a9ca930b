package org.gouvernail.domain.usecase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gouvernail.domain.shared.TextBundle;
import org.gouvernail.domain.usecase.Question.AnswerType;
import org.gouvernail.domain.usecase.Question.Section;

/**
 * Reference data: the DPIA screening questionnaire, version 1: the three cases of GDPR art. 35(3),
 * then the nine criteria of the EDPB-endorsed guidelines WP248 rev.01. Its codes are those of
 * {@link Article35Case} and {@link DpiaCriterion}, which the screening answers carry; the texts live
 * in {@code dpia-questionnaire_<language>.properties}.
 */
public final class DpiaQuestionnaire {

    public static final String ID = "dpia";
    public static final String VERSION = "1";

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
        return new Questionnaire(
                ID,
                VERSION,
                LocalDate.of(2026, 11, 29),
                List.of(
                        "Regulation (EU) 2016/679, art. 35, ELI http://data.europa.eu/eli/reg/2016/679/oj",
                        "Article 29 Working Party, WP248 rev.01 (4 October 2017), endorsed by the EDPB on 25 May 2018"),
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
