package org.gouvernail.domain.risk;

import java.time.LocalDate;
import java.util.Objects;

/** Entity of the risk aggregate: one action that lowers the risk. */
public record MitigationAction(ActionId id, ActionDetails details) {

    public MitigationAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
    }

    public boolean live() {
        return details.status() != ActionStatus.CANCELLED;
    }

    public boolean overdueOn(LocalDate today) {
        return details.overdueOn(today);
    }
}
