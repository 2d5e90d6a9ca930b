package org.gouvernail.domain.federation;

import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Domain events of federations. A change to a link is recorded in both audit trails, the
 * federation's and the member's: each event names the trail it is written to ({@link #organisationId})
 * and the link it is about.
 */
public sealed interface FederationEvent extends DomainEvent {

    FederationLink link();

    @Override
    default String subjectType() {
        return "FEDERATION_LINK";
    }

    @Override
    default UUID subjectId() {
        return link().id().value();
    }

    private static String parties(FederationLink link) {
        return "federation: " + link.federationId() + "; member: " + link.associationId();
    }

    record LinkInvited(OrganisationId organisationId, FederationLink link) implements FederationEvent {
        @Override
        public String action() {
            return "federation.member-invited";
        }

        @Override
        public String summary() {
            return parties(link) + "; region: " + link.region() + "; sector: " + link.sector();
        }
    }

    /** A link changed status (accepted, suspended, resumed, ended). */
    record LinkStatusChanged(OrganisationId organisationId, FederationLink link, LinkStatus before, LinkSide side)
            implements FederationEvent {
        @Override
        public String action() {
            return switch (link.status()) {
                case ACTIVE -> before == LinkStatus.INVITED ? "federation.link-accepted" : "federation.link-resumed";
                case SUSPENDED -> "federation.link-suspended";
                case ENDED -> "federation.link-ended";
                case INVITED -> "federation.member-invited";
            };
        }

        @Override
        public String summary() {
            return parties(link) + "; status: " + before + " → " + link.status() + "; by: " + side;
        }
    }

    /** The member granted, changed or revoked a consent (the history entry says which). */
    record ConsentChanged(OrganisationId organisationId, FederationLink link, ConsentChange change)
            implements FederationEvent {
        @Override
        public String action() {
            return change.kind() == ConsentChange.Kind.GRANTED
                    ? "federation.consent-granted"
                    : "federation.consent-revoked";
        }

        @Override
        public String summary() {
            return parties(link) + "; indicator: " + change.indicator()
                    + (change.kind() == ConsentChange.Kind.GRANTED
                            ? "; granularity: " + change.granularity()
                                    + (change.decisionId() == null ? "" : "; decision: " + change.decisionId())
                            : "")
                    + "; history entry: " + change.sequence();
        }
    }

    /** Someone took the member's snapshot on demand (the monthly job's own runs are not audited). */
    record SnapshotTaken(OrganisationId organisationId, FederationLink link, LocalDate period, int indicators)
            implements FederationEvent {
        @Override
        public String action() {
            return "federation.snapshot-taken";
        }

        @Override
        public String summary() {
            return parties(link) + "; period: " + period + "; indicators: " + indicators;
        }
    }
}
