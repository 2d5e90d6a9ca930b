package org.gouvernail.domain.report;

import java.util.UUID;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the reports. */
public sealed interface ReportEvent extends DomainEvent {

    Report report();

    @Override
    default OrganisationId organisationId() {
        return report().organisationId();
    }

    @Override
    default String subjectType() {
        return "REPORT";
    }

    @Override
    default UUID subjectId() {
        return report().id();
    }

    /** A new DRAFT. */
    record Drafted(Report report) implements ReportEvent {
        @Override
        public String action() {
            return "report.drafted";
        }

        @Override
        public String summary() {
            return "type: " + report.type() + "; period: " + report.periodFrom() + " – " + report.periodTo()
                    + "; language: " + report.language().code();
        }
    }

    /** The narrative or the sections of a DRAFT changed. */
    record Edited(Report report) implements ReportEvent {
        @Override
        public String action() {
            return "report.edited";
        }

        @Override
        public String summary() {
            return "sections: " + report.sections();
        }
    }

    /** DRAFT → FINAL: the content frozen, with its hash. */
    record Finalised(Report report) implements ReportEvent {
        @Override
        public String action() {
            return "report.finalised";
        }

        @Override
        public String summary() {
            return "status: DRAFT → FINAL; sha256: " + report.sha256()
                    + (report.approvedByDecision() == null ? "" : "; decision: " + report.approvedByDecision());
        }
    }
}
