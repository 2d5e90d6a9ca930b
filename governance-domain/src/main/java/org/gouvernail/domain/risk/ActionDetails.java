package org.gouvernail.domain.risk;

import java.time.LocalDate;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;

/** What a mitigation action says: what to do, who does it (optional until assigned), by when, and where it stands. */
public record ActionDetails(String title, MemberId ownerId, LocalDate dueDate, ActionStatus status) {

    public ActionDetails {
        title = Check.name("title", title);
        status = status == null ? ActionStatus.PLANNED : status;
    }

    /** Not settled and its due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return !status.settled() && dueDate != null && dueDate.isBefore(today);
    }
}
