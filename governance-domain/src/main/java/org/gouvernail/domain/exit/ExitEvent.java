package org.gouvernail.domain.exit;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of an organisation leaving; the deletion itself leaves a {@link ClosureReceipt}. */
public sealed interface ExitEvent extends DomainEvent {

    @Override
    default String subjectType() {
        return "ORGANISATION";
    }

    @Override
    default UUID subjectId() {
        return organisationId().value();
    }

    record Exported(OrganisationId organisationId, String sha256, long rows) implements ExitEvent {
        @Override
        public String action() {
            return "organisation.exported";
        }

        @Override
        public String summary() {
            return "sha256: " + sha256 + "; rows: " + rows;
        }
    }

    record Imported(OrganisationId organisationId, String sourceInstance, long rows) implements ExitEvent {
        @Override
        public String action() {
            return "organisation.imported";
        }

        @Override
        public String summary() {
            return "source: " + sourceInstance + "; rows: " + rows;
        }
    }

    record ClosureRequested(OrganisationId organisationId, Instant deleteAfter) implements ExitEvent {
        @Override
        public String action() {
            return "organisation.closure-requested";
        }

        @Override
        public String summary() {
            return "deleteAfter: " + deleteAfter;
        }
    }

    record ClosureCancelled(OrganisationId organisationId, Instant deleteAfter) implements ExitEvent {
        @Override
        public String action() {
            return "organisation.closure-cancelled";
        }

        @Override
        public String summary() {
            return "deleteAfter was: " + deleteAfter;
        }
    }
}
