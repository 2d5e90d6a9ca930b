package org.gouvernail.persistence.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/** Persistence adapter, personal data of the feedback: identified and confidential items the person sent, messages they wrote as handler. */
@ApplicationScoped
public class FeedbackPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    FeedbackPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of(
                "feedback_item.author_id",
                "feedback_message.handler_id",
                "feedback_disclosure_request.requested_by",
                "feedback_disclosure_request.decided_by");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(
                rows.category(
                        "feedback.sent",
                        "Feedback the person sent, identified or confidential (it is theirs); anonymous feedback names nobody and cannot be found",
                        "LEGITIMATE_INTEREST",
                        "Settlement + 3 years by default (organisation retention rule feedback)",
                        List.of("feedbackId", "kind", "identityMode", "text", "receivedOn", "status", "answer"),
                        """
                        select f.id, f.kind, f.identity_mode, f.text, f.received_on, f.status, f.answer from feedback_item f
                        where f.organisation_id = :org and f.author_id = :member order by f.received_on, f.id"""),
                rows.category(
                        "feedback.handled",
                        "Messages the person wrote as a handler of feedback",
                        "LEGITIMATE_INTEREST",
                        "As the feedback they answer",
                        List.of("feedbackId", "position", "writtenOn"),
                        """
                        select m.feedback_item_id, m.position, m.written_on from feedback_message m
                        where m.organisation_id = :org and m.handler_id = :member order by m.written_on, m.feedback_item_id, m.position"""),
                rows.category(
                        "feedback.disclosures",
                        "Requests the person made, or decided as a custodian, to disclose the author of a confidential item (never that author)",
                        "LEGITIMATE_INTEREST",
                        "As the feedback item they are about",
                        List.of(
                                "requestId",
                                "feedbackId",
                                "role",
                                "reason",
                                "requestedAt",
                                "outcome",
                                "decisionReason",
                                "decidedAt"),
                        """
                        select d.id, d.feedback_item_id, case when d.requested_by = :member then 'REQUESTER' else 'CUSTODIAN' end,
                        d.reason, d.requested_at, d.outcome, d.decision_reason, d.decided_at from feedback_disclosure_request d
                        where d.organisation_id = :org and (d.requested_by = :member or d.decided_by = :member)
                        order by d.requested_at, d.id"""));
    }
}
