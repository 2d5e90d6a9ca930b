package org.gouvernail.domain.usecase.port.in;

import java.util.List;
import java.util.Map;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.usecase.AiActAnswers;
import org.gouvernail.domain.usecase.CatalogueEntry;
import org.gouvernail.domain.usecase.DpiaAnswers;
import org.gouvernail.domain.usecase.FootprintInputs;
import org.gouvernail.domain.usecase.Matrix;
import org.gouvernail.domain.usecase.NewUseCase;
import org.gouvernail.domain.usecase.OrganisationFootprint;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseDetails;
import org.gouvernail.domain.usecase.UseCaseFilter;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.ValuesCheck;

/**
 * Use cases: the use-case portfolio. Every member reads it; contributors propose; the owner or
 * ADMIN, COMMITTEE, DATA_REFERENT edit; approval and rejection come from committee decisions only.
 */
public interface UseCasePortfolio {

    /** CONTRIBUTOR and up; from a catalogue entry (in the organisation's locale) when the command names one. */
    UseCase propose(Caller caller, OrganisationId organisationId, NewUseCase command);

    Page<UseCase> useCases(Caller caller, OrganisationId organisationId, UseCaseFilter filter, PageRequest page);

    UseCase useCase(Caller caller, OrganisationId organisationId, UseCaseId id);

    Matrix matrix(Caller caller, OrganisationId organisationId);

    /** The owner (holding a contributing role) or ADMIN, COMMITTEE, DATA_REFERENT. */
    UseCase update(
            Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion, UseCaseDetails details);

    /** Same roles as update; only while IDEA or SUBMITTED. */
    void remove(Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion);

    /** The owner or ADMIN, COMMITTEE, DATA_REFERENT: IDEA → SUBMITTED. */
    UseCase submit(Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion);

    /** The owner, ADMIN or COMMITTEE: needs an approval decision ("decision-required" before it). */
    UseCase startPilot(Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion);

    /** The owner, ADMIN or COMMITTEE: PILOT → IN_USE. */
    UseCase putInUse(Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion);

    /** The owner, ADMIN or COMMITTEE: any status → RETIRED. */
    UseCase retire(Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion);

    /** ADMIN, COMMITTEE, DATA_REFERENT; the owner too while the use case is an IDEA. Replaces the questionnaire. */
    UseCase profileAiAct(
            Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion, AiActAnswers answers);

    /** Same roles as the AI Act profile. Replaces the screening questionnaire. */
    UseCase screenDpia(
            Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion, DpiaAnswers answers);

    /**
     * Same roles as the AI Act profile. Replaces the values check's answers (kept responses: those to
     * concerns the new answers still raise), then records the given responses by concern code (a null
     * text withdraws one; a concern not raised → 400).
     */
    UseCase checkValues(
            Caller caller,
            OrganisationId organisationId,
            UseCaseId id,
            long expectedVersion,
            ValuesCheck answers,
            Map<String, String> responses);

    /** Same roles as the AI Act profile. Replaces the declared usage from which the footprint is estimated. */
    UseCase declareFootprint(
            Caller caller, OrganisationId organisationId, UseCaseId id, long expectedVersion, FootprintInputs inputs);

    /** Every member: the footprint of the portfolio (use cases neither rejected nor retired), summed. */
    OrganisationFootprint footprint(Caller caller, OrganisationId organisationId);

    /** The starter catalogue: reference content, the same for every organisation. */
    List<CatalogueEntry> catalogue();
}
