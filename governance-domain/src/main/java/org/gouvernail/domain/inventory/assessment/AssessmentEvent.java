package org.gouvernail.domain.inventory.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.shared.Changes;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the vendor security assessments; each names its assessment and shows its result. */
public sealed interface AssessmentEvent extends DomainEvent {

    /** The assessment as it stands after the event. */
    VendorAssessment subject();

    @Override
    default OrganisationId organisationId() {
        return subject().organisationId();
    }

    @Override
    default String subjectType() {
        return "ASSESSMENT";
    }

    @Override
    default UUID subjectId() {
        return subject().id().value();
    }

    /** Started on the tool named {@code toolName}. */
    record AssessmentCreated(VendorAssessment assessment, String toolName) implements AssessmentEvent {

        @Override
        public VendorAssessment subject() {
            return assessment;
        }

        @Override
        public String action() {
            return "assessment.created";
        }

        @Override
        public String summary() {
            return "tool: " + toolName + " (" + assessment.toolId() + "); dataCategories: "
                    + assessment.tool().dataCategories() + "; hostingRegion: "
                    + assessment.tool().hostingRegion() + "; " + result(assessment.result());
        }
    }

    /** The answers or facts changed: those that changed, then the result before and after. */
    record AssessmentUpdated(VendorAssessment before, VendorAssessment after) implements AssessmentEvent {

        @Override
        public VendorAssessment subject() {
            return after;
        }

        @Override
        public String action() {
            return "assessment.updated";
        }

        @Override
        public String summary() {
            List<String> parts = new ArrayList<>();
            for (ChecklistItem item : ChecklistItem.of(after.input().checklistVersion())) {
                ItemAnswer old = before.input().answer(item);
                if (old == null) {
                    continue;
                }
                ItemAnswer changed = after.input().answer(item);
                if (old.answer() != changed.answer()) {
                    parts.add(item + ": " + old.answer() + " → " + changed.answer());
                } else if (!Objects.equals(old.note(), changed.note())
                        || !Objects.equals(old.evidenceUrl(), changed.evidenceUrl())) {
                    parts.add(item + ": note or evidence changed");
                }
            }
            AssessmentContext was = before.input().context();
            AssessmentContext is = after.input().context();
            if (!was.equals(is)) {
                parts.add(Changes.between(was, is));
            }
            AssessmentResult oldResult = before.result();
            AssessmentResult newResult = after.result();
            parts.add("score: " + oldResult.score() + " → " + newResult.score() + "; level: " + oldResult.level()
                    + " → " + newResult.level());
            return String.join("; ", parts);
        }
    }

    /** Submitted, validated, or returned to DRAFT with a comment; the action names the target status. */
    record AssessmentMoved(VendorAssessment before, VendorAssessment after) implements AssessmentEvent {

        @Override
        public VendorAssessment subject() {
            return after;
        }

        @Override
        public String action() {
            return switch (after.status()) {
                case SUBMITTED -> "assessment.submitted";
                case VALIDATED -> "assessment.validated";
                case DRAFT -> "assessment.returned";
            };
        }

        @Override
        public String summary() {
            String status = "status: " + before.status() + " → " + after.status() + "; ";
            return after.status() == AssessmentStatus.DRAFT
                    ? status + "comment: " + after.returnComment()
                    : status + result(after.result());
        }
    }

    private static String result(AssessmentResult result) {
        return "score: " + result.score() + "; level: " + result.level() + "; blocking: "
                + result.blockingFindings().stream().map(BlockingFinding::item).toList();
    }
}
