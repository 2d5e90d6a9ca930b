package org.gouvernail.domain.committee;

import java.util.UUID;
import org.gouvernail.domain.shared.Check;

/** Value: one item of a meeting's agenda; it may point to an approval request, a use case, a tool or a risk. */
public record AgendaItem(String title, UUID requestId, UUID useCaseId, UUID toolId, UUID riskId) {

    public AgendaItem {
        title = Check.name("title", title);
    }
}
