package org.gouvernail.domain.inventory.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentInputTest {

    @Test
    void everyItemMustBeAnsweredAndTheMissingOnesAreNamed() {
        Map<ChecklistItem, ItemAnswer> answers = Checklists.all(ChecklistAnswer.YES);
        answers.remove(ChecklistItem.V03);
        answers.remove(ChecklistItem.V17);

        assertThatThrownBy(() -> new AssessmentInput(AssessmentContext.none(), answers))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("field", "answers")
                .hasFieldOrPropertyWithValue("code", "missing-items")
                .satisfies(e -> assertThat(((InvalidInput) e).arguments()).containsExactly("answers", "V03, V17"));
        assertThatThrownBy(() -> new AssessmentInput(null, null)).hasMessageContaining("V01, V02");
    }

    @Test
    void noContextMeansNoneOfTheFacts() {
        assertThat(new AssessmentInput(null, Checklists.all(ChecklistAnswer.NO)).context())
                .isEqualTo(AssessmentContext.none());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"https://mistral.ai/terms#dpa", "http://intranet.local/contrats/dpa.pdf", "HTTPS://EXAMPLE.ORG"})
    void evidenceIsAWebAddress(String url) {
        assertThat(new ItemAnswer(ChecklistItem.V01, ChecklistAnswer.YES, "DPA signé", url).evidenceUrl())
                .isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://example.org/dpa",
                "javascript:alert(1)",
                "file:///etc/passwd",
                "example.org/dpa",
                "https://",
                "https://exa mple.org"
            })
    void anythingButAnHttpAddressIsRefusedAsEvidence(String url) {
        assertThatThrownBy(() -> new ItemAnswer(ChecklistItem.V01, ChecklistAnswer.YES, null, url))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("field", "answers.V01.evidenceUrl");
    }

    @Test
    void notesAndEvidenceAreBoundedAndBlankMeansNone() {
        ItemAnswer blank = new ItemAnswer(ChecklistItem.V02, ChecklistAnswer.PARTIAL, "  ", "");
        assertThat(blank.note()).isNull();
        assertThat(blank.evidenceUrl()).isNull();
        assertThatThrownBy(() -> new ItemAnswer(ChecklistItem.V02, ChecklistAnswer.NO, "n".repeat(2001), null))
                .hasFieldOrPropertyWithValue("field", "answers.V02.note")
                .hasFieldOrPropertyWithValue("code", "too-long");
        assertThatThrownBy(() -> new ItemAnswer(
                        ChecklistItem.V02, ChecklistAnswer.NO, null, "https://e.org/" + "a".repeat(1990)))
                .hasFieldOrPropertyWithValue("code", "too-long");
        assertThatThrownBy(() -> new ItemAnswer(ChecklistItem.V02, null, null, null))
                .hasFieldOrPropertyWithValue("field", "answers.V02.answer");
    }
}
