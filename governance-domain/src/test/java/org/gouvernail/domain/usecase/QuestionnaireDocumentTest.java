package org.gouvernail.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gouvernail.domain.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * docs/ai-act-questionnaire.md is generated from the questionnaires' data: this test fails when the
 * data changed and the document did not. Regenerate with
 * {@code ./mvnw -o test -pl governance-domain -Dtest=QuestionnaireDocumentTest -Dgouvernail.docs.write=true}.
 */
class QuestionnaireDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "ai-act-questionnaire.md");

    @Test
    void theDocumentIsTheQuestionnairesData() throws IOException {
        String generated = document();
        if (Boolean.getBoolean("gouvernail.docs.write")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/ai-act-questionnaire.md is out of date: regenerate it (see the class comment)")
                .isEqualTo(generated);
    }

    static String document() {
        StringBuilder text = new StringBuilder();
        text.append("# The AI Act and DPIA questionnaires\n\n")
                .append("Generated from `AiActQuestionnaire` and `DpiaQuestionnaire` (governance-domain) by ")
                .append("`QuestionnaireDocumentTest`: do not edit by hand. Served as data by ")
                .append("`GET /api/v1/reference/ai-act-questionnaire` and `GET /api/v1/reference/dpia-questionnaire` ")
                .append("(French, English, Dutch). How the answers are classified, the sources and what was verified: ")
                .append("see [ai-act-sources.md](ai-act-sources.md).\n\n");
        for (Questionnaire questionnaire :
                new Questionnaire[] {AiActQuestionnaire.questionnaire(), DpiaQuestionnaire.questionnaire()}) {
            text.append("## ")
                    .append(questionnaire.id())
                    .append(", version ")
                    .append(questionnaire.version())
                    .append(" (law as of ")
                    .append(questionnaire.lawAsOf())
                    .append(")\n\nSources: ")
                    .append(String.join("; ", questionnaire.sources()))
                    .append(".\n");
            Question.Section section = null;
            for (Question question : questionnaire.questions()) {
                if (question.section() != section) {
                    section = question.section();
                    text.append("\n### ")
                            .append(section)
                            .append(
                                    "\n\n| code | asked when | type | article | question (fr) | question (en) | legal condition (en) |\n")
                            .append("|---|---|---|---|---|---|---|\n");
                }
                text.append("| `")
                        .append(question.code())
                        .append("` | ")
                        .append(
                                question.askedWhen().isEmpty()
                                        ? "always"
                                        : String.join(" or ", question.askedWhen()) + " = true")
                        .append(question.required() ? " (required)" : "")
                        .append(" | ")
                        .append(
                                question.type() == Question.AnswerType.YES_NO
                                        ? "yes/no"
                                        : "one of "
                                                + String.join(
                                                        ", ",
                                                        question.options().stream()
                                                                .map(Question.Option::code)
                                                                .toList()))
                        .append(" | ")
                        .append(question.citation().in(Language.EN))
                        .append(" | ")
                        .append(cell(question.text().in(Language.FR)))
                        .append(" | ")
                        .append(cell(question.text().in(Language.EN)))
                        .append(" | ")
                        .append(
                                question.condition() == null
                                        ? ""
                                        : cell(question.condition().in(Language.EN)))
                        .append(" |\n");
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
