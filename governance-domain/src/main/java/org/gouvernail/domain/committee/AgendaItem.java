package org.gouvernail.domain.committee;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.domain.shared.Check;

/**
 * Value: one item of a meeting's agenda; it may point to an approval request, a use case, a tool, a
 * risk, a policy version or a review (a due subject the review cycle proposed).
 */
public record AgendaItem(
        String title, UUID requestId, UUID useCaseId, UUID toolId, UUID riskId, UUID policyVersionId, UUID reviewId) {

    public AgendaItem {
        title = Check.name("title", title);
    }

    public AgendaItem(String title, UUID requestId, UUID useCaseId, UUID toolId, UUID riskId, UUID policyVersionId) {
        this(title, requestId, useCaseId, toolId, riskId, policyVersionId, null);
    }

    /** An item for a review, pointing to nothing else. */
    public static AgendaItem review(String title, UUID reviewId) {
        return new AgendaItem(title, null, null, null, null, null, reviewId);
    }

    /** What the item points to, by decision subject, in the order they are checked. */
    public Map<DecisionSubject, UUID> pointers() {
        Map<DecisionSubject, UUID> pointers = new LinkedHashMap<>();
        put(pointers, DecisionSubject.APPROVAL_REQUEST, requestId);
        put(pointers, DecisionSubject.USE_CASE, useCaseId);
        put(pointers, DecisionSubject.TOOL, toolId);
        put(pointers, DecisionSubject.RISK_ACCEPTANCE, riskId);
        put(pointers, DecisionSubject.POLICY_VERSION, policyVersionId);
        put(pointers, DecisionSubject.REVIEW, reviewId);
        return pointers;
    }

    private static void put(Map<DecisionSubject, UUID> pointers, DecisionSubject subject, UUID id) {
        if (id != null) {
            pointers.put(subject, id);
        }
    }
}
