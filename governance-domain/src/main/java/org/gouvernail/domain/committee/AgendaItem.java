package org.gouvernail.domain.committee;

import java.util.UUID;
import org.gouvernail.domain.shared.Check;

/** Value: one item of a meeting's agenda; it may point to an approval request, a use case, a tool, a risk or a policy version. */
public record AgendaItem(String title, UUID requestId, UUID useCaseId, UUID toolId, UUID riskId, UUID policyVersionId) {

    public AgendaItem {
        title = Check.name("title", title);
    }
}
