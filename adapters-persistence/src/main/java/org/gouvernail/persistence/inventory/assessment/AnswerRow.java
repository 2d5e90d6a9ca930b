package org.gouvernail.persistence.inventory.assessment;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.gouvernail.domain.inventory.assessment.ChecklistAnswer;
import org.gouvernail.domain.inventory.assessment.ChecklistItem;
import org.gouvernail.domain.inventory.assessment.ItemAnswer;

/** Row of table vendor_assessment_answer: one checklist item's answer, keyed by the item id. */
@Embeddable
public class AnswerRow {

    @Enumerated(EnumType.STRING)
    public ChecklistAnswer answer;

    public String note;
    public String evidenceUrl;

    static AnswerRow from(ItemAnswer answer) {
        AnswerRow row = new AnswerRow();
        row.answer = answer.answer();
        row.note = answer.note();
        row.evidenceUrl = answer.evidenceUrl();
        return row;
    }

    ItemAnswer toDomain(ChecklistItem item) {
        return new ItemAnswer(item, answer, note, evidenceUrl);
    }

    boolean sameAs(ItemAnswer other) {
        return answer == other.answer()
                && java.util.Objects.equals(note, other.note())
                && java.util.Objects.equals(evidenceUrl, other.evidenceUrl());
    }
}
