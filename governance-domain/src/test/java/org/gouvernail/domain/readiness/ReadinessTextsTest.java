package org.gouvernail.domain.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.Localized;
import org.junit.jupiter.api.Test;

/**
 * The readiness texts are data (ADR 0012): every question, stage, dimension, roadmap action and practice is
 * written in French, English and Dutch, and the Dutch is not a copy of another language.
 */
class ReadinessTextsTest {

    private static List<Localized> everyText() {
        List<Localized> texts = new ArrayList<>();
        for (ReadinessQuestion question : ReadinessFramework.current().questions()) {
            texts.add(question.statement());
            texts.addAll(question.stages());
        }
        for (Dimension dimension : Dimension.values()) {
            texts.add(dimension.title());
        }
        for (RoadmapAction action : RoadmapAction.values()) {
            texts.add(action.title());
        }
        for (Practice practice : Practice.values()) {
            texts.add(practice.title());
        }
        return texts;
    }

    @Test
    void everyReadinessTextIsWrittenInFrenchEnglishAndDutch() {
        List<Localized> texts = everyText();
        assertThat(texts)
                .hasSize(16 * 6 + Dimension.values().length + RoadmapAction.values().length + Practice.values().length);
        for (Localized text : texts) {
            assertThat(text.languages()).as(text.toString()).contains(Language.FR, Language.EN, Language.NL);
            assertThat(text.in(Language.NL))
                    .as(text.toString())
                    .isNotEqualTo(text.fr())
                    .isNotEqualTo(text.en());
        }
    }

    @Test
    void theDutchReadsAsTheFrameworkSays() {
        ReadinessQuestion question =
                ReadinessFramework.current().question("LG1").orElseThrow();
        assertThat(question.statement().in(Language.NL))
                .isEqualTo("De raad van bestuur volgt de beslissingen over AI op.");
        assertThat(question.stages().get(0).in(Language.NL))
                .isEqualTo("De raad van bestuur heeft er nooit over gesproken.");
        assertThat(question.statement().fr()).isEqualTo("Le conseil d'administration suit les décisions sur l'IA.");
        assertThat(RoadmapAction.LITERACY_REQUIREMENT.title().in(Language.NL))
                .startsWith("Vastleggen welke AI-opleiding");
        assertThat(Practice.AI_REFERENT.title().en()).isEqualTo("Name an AI referent everyone can reach");
    }
}
