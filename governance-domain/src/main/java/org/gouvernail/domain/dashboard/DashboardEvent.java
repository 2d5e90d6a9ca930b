package org.gouvernail.domain.dashboard;

import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the dashboard. */
public sealed interface DashboardEvent extends DomainEvent {

    /** Someone asked for the day's snapshot to be recorded now (the daily job's own runs are not audited). */
    record SnapshotTaken(OrganisationId organisationId, LocalDate day, int indicators) implements DashboardEvent {

        @Override
        public String action() {
            return "dashboard.snapshot-taken";
        }

        @Override
        public String subjectType() {
            return "ORGANISATION";
        }

        @Override
        public UUID subjectId() {
            return organisationId.value();
        }

        @Override
        public String summary() {
            return "day: " + day + "; indicators: " + indicators + "; catalogue: " + IndicatorCatalogue.VERSION;
        }
    }
}
