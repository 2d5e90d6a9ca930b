package org.gouvernail.domain.risk;

import java.time.LocalDate;
import org.gouvernail.domain.organisation.MemberId;

/**
 * Test-data builder: a mitigation action, planned, unassigned and undated unless told:
 * {@code anAction("Informer les participants").ownedBy(carol).due(date).build()}.
 */
public final class ActionDetailsBuilder {

    private String title;
    private MemberId ownerId;
    private LocalDate dueDate;
    private ActionStatus status;

    private ActionDetailsBuilder(String title) {
        this.title = title;
    }

    public static ActionDetailsBuilder anAction(String title) {
        return new ActionDetailsBuilder(title);
    }

    public static ActionDetailsBuilder anAction() {
        return anAction("Former les bénévoles");
    }

    public ActionDetailsBuilder ownedBy(MemberId ownerId) {
        this.ownerId = ownerId;
        return this;
    }

    public ActionDetailsBuilder due(LocalDate dueDate) {
        this.dueDate = dueDate;
        return this;
    }

    public ActionDetailsBuilder in(ActionStatus status) {
        this.status = status;
        return this;
    }

    public ActionDetails build() {
        return new ActionDetails(title, ownerId, dueDate, status);
    }
}
