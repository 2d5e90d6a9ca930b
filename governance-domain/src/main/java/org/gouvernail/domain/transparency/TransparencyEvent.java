package org.gouvernail.domain.transparency;

import java.util.UUID;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the public AI transparency statement. */
public sealed interface TransparencyEvent extends DomainEvent {

    TransparencyStatement statement();

    @Override
    default OrganisationId organisationId() {
        return statement().organisationId();
    }

    @Override
    default String subjectType() {
        return "AI_TRANSPARENCY_STATEMENT";
    }

    @Override
    default UUID subjectId() {
        return statement().id();
    }

    /** A new version drawn from the registers. */
    record Drafted(TransparencyStatement statement) implements TransparencyEvent {
        @Override
        public String action() {
            return "ai-transparency.drafted";
        }

        @Override
        public String summary() {
            return "version " + statement.number() + " drafted with "
                    + statement.content().entries().size() + " use case(s)";
        }
    }

    /** Its narrative fields changed. */
    record Edited(TransparencyStatement statement) implements TransparencyEvent {
        @Override
        public String action() {
            return "ai-transparency.edited";
        }

        @Override
        public String summary() {
            return "version " + statement.number() + " edited";
        }
    }

    /** Moved between DRAFT, IN_REVIEW and SUPERSEDED; {@code decisionId} when a decision moved it. */
    record Moved(StatementStatus from, TransparencyStatement statement, UUID decisionId) implements TransparencyEvent {
        @Override
        public String action() {
            return "ai-transparency.status-changed";
        }

        @Override
        public String summary() {
            return "version " + statement.number() + ": " + from + " → " + statement.status()
                    + (decisionId == null ? "" : " by decision " + decisionId);
        }
    }

    /** Published by a committee decision. */
    record Published(TransparencyStatement statement) implements TransparencyEvent {
        @Override
        public String action() {
            return "ai-transparency.published";
        }

        @Override
        public String summary() {
            return "version " + statement.number() + " published by decision " + statement.publishedByDecision();
        }
    }
}
