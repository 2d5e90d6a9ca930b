package org.gouvernail.domain.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Test data: a valid risk and its parts, so that each test changes only what its rule is about. */
final class Risks {

    static final OrganisationId ORGANISATION =
            new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final MemberId RAISER = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    static final MemberId GOVERNOR = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000d2"));
    static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    private Risks() {}

    static RiskDetails rated(int likelihood, int severity) {
        return RiskDetailsBuilder.aRisk().rated(likelihood, severity).build();
    }

    static RiskDetails withResidual(RiskDetails d, Integer likelihood, Integer severity) {
        return RiskDetailsBuilder.from(d).withResidual(likelihood, severity).build();
    }

    static RiskDetails reviewedOn(RiskDetails d, LocalDate date) {
        return RiskDetailsBuilder.from(d).reviewedOn(date).build();
    }

    static MitigationAction action(int n, ActionStatus status, LocalDate due) {
        return new MitigationAction(
                new ActionId(new UUID(0, n)),
                ActionDetailsBuilder.anAction("Action " + n).due(due).in(status).build());
    }

    static Risk raised(RiskDetails details, MitigationAction... actions) {
        return Risk.raise(
                new RiskId(UUID.fromString("00000000-0000-0000-0000-0000000000f1")),
                ORGANISATION,
                details,
                List.of(actions),
                null,
                RAISER,
                NOW);
    }

    static Risk in(RiskStatus status, RiskDetails details) {
        return RiskBuilder.from(raised(details))
                .in(status)
                .withActions(List.of())
                .withVersion(3)
                .build();
    }
}
