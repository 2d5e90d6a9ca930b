package org.gouvernail.domain.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Test data: a valid risk and its parts, so that each test changes only what its rule is about. */
final class Risks {

    static final OrganisationId ORGANISATION = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final MemberId RAISER = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final MemberId GOVERNOR = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000d2"));
    static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    private Risks() {
    }

    static RiskDetails rated(int likelihood, int severity) {
        return new RiskDetails("Notes de suivi dans un chatbot", null, RiskCategory.PRIVACY, likelihood, severity, null, null,
                Treatment.MITIGATE, Set.of(), null, null);
    }

    static RiskDetails withResidual(RiskDetails d, Integer likelihood, Integer severity) {
        return new RiskDetails(d.title(), d.description(), d.category(), d.likelihood(), d.severity(), likelihood, severity,
                d.treatment(), d.toolIds(), d.ownerId(), d.nextReviewDate());
    }

    static RiskDetails reviewedOn(RiskDetails d, LocalDate date) {
        return new RiskDetails(d.title(), d.description(), d.category(), d.likelihood(), d.severity(), d.residualLikelihood(),
                d.residualSeverity(), d.treatment(), d.toolIds(), d.ownerId(), date);
    }

    static MitigationAction action(int n, ActionStatus status, LocalDate due) {
        return new MitigationAction(new ActionId(new UUID(0, n)), new ActionDetails("Action " + n, null, due, status));
    }

    static Risk raised(RiskDetails details, MitigationAction... actions) {
        return Risk.raise(new RiskId(UUID.fromString("00000000-0000-0000-0000-0000000000f1")), ORGANISATION, details, List.of(actions),
                null, RAISER, NOW);
    }

    static Risk in(RiskStatus status, RiskDetails details) {
        Risk risk = raised(details);
        return new Risk(risk.id(), risk.organisationId(), details, status, null, List.of(), null, RAISER, NOW, 3);
    }
}
