package org.gouvernail.domain.communication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Test data: plans and actions of one organisation, with the fields a test does not care about filled in. */
final class Communications {

    static final OrganisationId ORGANISATION = new OrganisationId(UUID.randomUUID());
    static final MemberId OWNER = new MemberId(UUID.randomUUID());
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private Communications() {}

    static PlanDetails assistantRollOut(LocalDate goLive, boolean changesWork, boolean automation) {
        return new PlanDetails(
                "Déploiement de l'assistant",
                "Que chacun sache ce qui change et pourquoi",
                "Assistant de rédaction",
                LocalDate.parse("2026-12-01"),
                LocalDate.parse("2027-06-30"),
                OWNER,
                goLive,
                changesWork,
                automation);
    }

    static CommunicationPlan plan(PlanDetails details) {
        return CommunicationPlan.drawUp(new CommunicationPlanId(UUID.randomUUID()), ORGANISATION, details, OWNER, NOW);
    }

    static CommunicationDetails message(Target target, ChangeStage stage, Set<Concern> concerns, LegalBasis basis) {
        return new CommunicationDetails(
                target,
                stage,
                concerns,
                "Ce qui change, ce qui ne change pas",
                null,
                CommunicationChannel.MEETING,
                OWNER,
                LocalDate.parse("2027-01-10"),
                basis,
                List.of());
    }

    static CommunicationAction action(CommunicationPlan plan, CommunicationDetails details) {
        return CommunicationAction.plan(
                new CommunicationActionId(UUID.randomUUID()), ORGANISATION, plan.id(), details, NOW);
    }
}
